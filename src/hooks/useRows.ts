// Subscribes a screen to its frame's pager and applies the frame's filter and sort to the loaded rows.
// Pulls the next page when the cursor comes within `lookahead` rows of the end of what is loaded.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { sanitize } from '../data/sanitize';
import { sortIndices } from '../data/sort';
import type { TreeNode } from '../data/tree';
import type { Frame } from './frame';

export interface Rows {
  /** Rows the table can show (all loaded rows, or the filter's matches). */
  count: number;
  at(index: number): TreeNode | undefined;
  loaded: number;
  done: boolean;
  loading: boolean;
  error: unknown;
  filtered: boolean;
  /** A cursor left past the end (a refresh after a delete) shows, and acts on, the last row. */
  clamp(cursor: number): number;
  /** The sort in effect; `partial` when more rows exist than are loaded (the sort covers only these). */
  sorted?: { title: string; desc: boolean; partial: boolean };
}

export function useRows(frame: Frame, lookahead: number): Rows {
  const { pager, filter, cursor, sort } = frame;
  const version = useSyncExternalStore(pager.subscribe, () => pager.version);
  const column = sort ? frame.node.type.columns?.find((c) => c.id === sort.column && c.sortValue) : undefined;

  // Recomputed when pages arrive or the filter or sort changes, never on a cursor move.
  const order = useMemo(() => {
    if (!filter && !column) return undefined;
    const needle = filter.toLowerCase();
    const out: number[] = [];
    // Match what the person sees (the sanitised label), so a typed '\e' finds an escaped ESC.
    for (const [i, n] of pager.residentEntries()) if (!filter || sanitize(n.label).toLowerCase().includes(needle)) out.push(i);
    return column ? sortIndices(out, (i) => pager.at(i), column, sort!.desc) : out;
  }, [pager, filter, column, sort?.desc, version]);

  useEffect(() => {
    if (!order) pager.ensure(cursor, lookahead);
    // Sorted (not filtered): the next page still comes as the cursor nears the end of the sorted rows.
    else if (!filter && cursor + lookahead >= order.length) pager.ensure(Math.max(0, pager.length - 1), lookahead);
  }, [pager, cursor, lookahead, order, filter]);

  return {
    count: order ? order.length : pager.length,
    at: (i) => (order ? pager.at(order[i]) : pager.at(i)),
    loaded: pager.length,
    done: pager.done,
    loading: pager.loading,
    error: pager.error,
    filtered: !!filter,
    clamp: (c) => Math.max(0, Math.min(c, (order ? order.length : pager.length) - 1)),
    sorted: column ? { title: column.title.toLowerCase(), desc: sort!.desc, partial: !pager.done } : undefined,
  };
}
