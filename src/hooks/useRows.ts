// Subscribes a screen to its frame's pager and applies the frame's filter and sort. Both cover the whole
// collection (data/collection): the rows in memory are sorted or filtered at once, the rest are read
// through the listing's paginator in the background, and `covers` says how far that has got.
// Pulls the next page when the cursor comes within `lookahead` rows of the end of what is loaded.
import { useEffect, useMemo } from 'react';
import { sanitize } from '../data/sanitize';
import { inListingOrder } from '../data/sort';
import { indexFor } from '../data/collection/whole';
import type { IndexScan } from '../data/collection/indexScan';
import type { TreeNode } from '../data/tree';
import type { Frame } from './frame';
import { useObservable } from './useObservable';

export interface Rows {
  /** Rows the table can show (all rows, or the filter's matches so far). */
  count: number;
  at(index: number): TreeNode | undefined;
  loaded: number;
  done: boolean;
  loading: boolean;
  error: unknown;
  filtered: boolean;
  /** A cursor left past the end (a refresh after a delete) shows, and acts on, the last row. */
  clamp(cursor: number): number;
  /** The sort in effect. */
  sorted?: { title: string; desc: boolean; partial: boolean };
  /** What a sorted or filtered view covers ("sorted 42,002 of 55,002 read"); undefined for the plain listing. */
  covers?: { text: string; whole: boolean };
  /** The whole-collection scan behind the view, if any (its progress line; Esc and x stop it). */
  scan?: IndexScan<TreeNode>;
}

export function useRows(frame: Frame, lookahead: number): Rows {
  const { pager, filter, cursor, sort } = frame;
  useObservable(pager);
  const column = sort ? frame.node.type.columns?.find((c) => c.id === sort.column && c.sortValue) : undefined;
  const asListed = column ? inListingOrder(frame.node, column) : false;
  const desc = sort?.desc ?? false;
  // Name ascending on S3 is the listing's own order: nothing to read. Otherwise one scan per
  // (filter, column), shared by both directions, so `o` reverses at once.
  const needsIndex = filter !== '' || (column !== undefined && !(asListed && !desc));
  const scan = useMemo(() => {
    if (!needsIndex) return undefined;
    const needle = filter.toLowerCase();
    const keyed = column && !asListed ? column : undefined;
    const id = `${filter}\u0000${keyed?.id ?? ''}`;
    return indexFor(pager, id, () => ({
      // Match what the person sees (the sanitised label), so a typed '\e' finds an escaped ESC.
      keep: filter ? (n: TreeNode) => sanitize(n.label).toLowerCase().includes(needle) : undefined,
      key: keyed ? (n: TreeNode) => keyed.sortValue!(n) : undefined,
      label: [filter ? `filter “${filter}”` : '', keyed ? `sort by ${keyed.title.toLowerCase()}` : ''].filter(Boolean).join(', ') || 'sort by name',
    }));
  }, [pager, needsIndex, filter, column, asListed]);
  useObservable(scan);

  // Reading goes on only while the view is on screen; coming back reads on from where it paused.
  useEffect(() => {
    scan?.start();
    return () => scan?.pause();
  }, [scan]);

  useEffect(() => {
    if (!scan) pager.ensure(cursor, lookahead);
  }, [pager, cursor, lookahead, scan]);

  const count = scan ? scan.count() : pager.length;
  const whole = scan ? scan.ended : pager.done;
  return {
    count,
    at: (i) => (scan ? scan.at(i, desc) : pager.at(i)),
    loaded: pager.length,
    // With an index: nothing more will come (read to the end, stopped, or failed).
    done: scan ? !scan.running && scan.state !== 'paused' && scan.state !== 'idle' : pager.done,
    loading: pager.loading,
    error: pager.error ?? scan?.error,
    filtered: !!filter,
    clamp: (c) => Math.max(0, Math.min(c, count - 1)),
    // Without an index the sort is the listing's own order (name ↑ on S3): true of every row.
    sorted: column ? { title: column.title.toLowerCase(), desc, partial: scan ? !scan.ended : false } : undefined,
    covers: scan ? { text: scan.covers(), whole } : undefined,
    scan,
  };
}
