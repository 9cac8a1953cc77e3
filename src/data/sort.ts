// Sorting the rows that are loaded, by a column's sortValue. Pure; the hook decides which rows.
import type { Column, TreeNode } from './tree';

export interface SortState {
  /** A column id of the listing in view. */
  column: string;
  desc: boolean;
}

/** `indices` ordered by the column's value; rows without a value (folders have no size) go last. */
export function sortIndices(indices: number[], at: (i: number) => TreeNode | undefined, column: Column, desc: boolean): number[] {
  const value = column.sortValue!;
  const keyed = indices.map((i) => {
    const n = at(i);
    return { i, v: n ? value(n) : undefined };
  });
  const dir = desc ? -1 : 1;
  keyed.sort((a, b) => {
    if (a.v === undefined || b.v === undefined) return a.v === b.v ? a.i - b.i : a.v === undefined ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'en', { numeric: true });
    return c === 0 ? a.i - b.i : c * dir;
  });
  return keyed.map((k) => k.i);
}

/** s: the next sortable column, then none. Size and dates start largest / newest first. */
export function nextSort(columns: Column[], current: SortState | undefined): SortState | undefined {
  const sortable = columns.filter((c) => c.sortValue);
  const at = current ? sortable.findIndex((c) => c.id === current.column) : -1;
  const next = sortable[at + 1];
  if (!next) return undefined;
  return { column: next.id, desc: next.align === 'right' || /modified|created|launch/i.test(next.id) };
}

/**
 * S3 lists keys in key order: sorting such a listing by name ascending is the listing itself (no scan),
 * and descending is the listing read backwards (a scan, but no keys to keep).
 */
export function inListingOrder(node: TreeNode, column: Column): boolean {
  return column.id === 'name' && node.type.name.startsWith('s3.') && node.type.name !== 's3';
}
