// Subscribes a screen to its frame's pager and applies the frame's filter to the loaded rows. Pulls
// the next page when the cursor comes within `lookahead` rows of the end of what is loaded.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { sanitize } from '../data/sanitize';
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
}

export function useRows(frame: Frame, lookahead: number): Rows {
  const { pager, filter, cursor } = frame;
  const version = useSyncExternalStore(pager.subscribe, () => pager.version);

  // Recomputed when pages arrive or the filter changes, never on a cursor move.
  const matches = useMemo(() => {
    if (!filter) return undefined;
    const needle = filter.toLowerCase();
    const out: number[] = [];
    // Match what the person sees (the sanitised label), so a typed '\e' finds an escaped ESC.
    for (const [i, n] of pager.residentEntries()) if (sanitize(n.label).toLowerCase().includes(needle)) out.push(i);
    return out;
  }, [pager, filter, version]);

  useEffect(() => {
    if (!matches) pager.ensure(cursor, lookahead);
  }, [pager, cursor, lookahead, matches]);

  return {
    count: matches ? matches.length : pager.length,
    at: (i) => (matches ? pager.at(matches[i]) : pager.at(i)),
    loaded: pager.length,
    done: pager.done,
    loading: pager.loading,
    error: pager.error,
    filtered: matches !== undefined,
  };
}
