// Marked rows (Space) of the listing in view, kept by id: paging, sorting, filtering and refreshing
// keep them (the rows come and go from the pager's window, the ids stay). The node of each mark is
// kept too, so an action reaches a marked row that has scrolled out of the loaded window. Marks
// belong to one listing: another screen in view has none.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TreeNode } from '../data/tree';

export interface Marks {
  /** The marked nodes, in the order they were marked. */
  readonly nodes: readonly TreeNode[];
  has(node: TreeNode): boolean;
  toggle(node: TreeNode): void;
  clear(): void;
}

interface State {
  list: TreeNode | undefined;
  byId: ReadonlyMap<string, TreeNode>;
}

const EMPTY: ReadonlyMap<string, TreeNode> = new Map();

export function useMarks(list: TreeNode): Marks {
  const [state, setState] = useState<State>({ list: undefined, byId: EMPTY });
  const byId = state.list === list ? state.byId : EMPTY;
  // Keys can arrive faster than renders (Space, j, Space in one burst): each toggle builds on the last.
  const latest = useRef(state);
  latest.current = state;
  const toggle = useCallback(
    (n: TreeNode) => {
      const base = latest.current.list === list ? latest.current.byId : EMPTY;
      const next = new Map(base);
      if (next.has(n.id)) next.delete(n.id);
      else next.set(n.id, n);
      latest.current = { list, byId: next };
      setState(latest.current);
    },
    [list],
  );
  const clear = useCallback(() => {
    latest.current = { list, byId: EMPTY };
    setState(latest.current);
  }, [list]);
  return useMemo(
    () => ({ nodes: [...byId.values()], has: (n: TreeNode) => byId.has(n.id), toggle, clear }),
    [byId, toggle, clear],
  );
}
