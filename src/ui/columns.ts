// Pure row layout: which columns fit a table width and how wide each is, and a node as one line of
// fitted cells (fit sanitises them). On a narrow terminal the columns of least use give way whole
// (CLASS, AZ, LAUNCHED) rather than every column being cut to a stub: an id is shown whole or not at all.
import type { Column, TreeNode } from '../data/tree';
import { cells, fit } from '../hooks/fit';

const GAP = 2;
const MIN_FLEX = 12;

// Defaults for the node types that do not say (Column.priority / Column.cut): 0 is never dropped.
const PRIORITY: Record<string, number> = {
  name: 0, id: 0, version: 0, state: 1, kind: 1, size: 2, region: 2, type: 3, public: 4, private: 5,
  modified: 5, created: 5, latest: 6, launch: 7, az: 8, class: 9,
};
const CUT: Record<string, Column['cut']> = { name: 'middle', id: 'never', version: 'never' };

export const priorityOf = (c: Column) => c.priority ?? PRIORITY[c.id] ?? 5;
export const cutOf = (c: Column) => c.cut ?? CUT[c.id] ?? 'end';

export interface Layout {
  /** The columns shown, in their own order. */
  columns: Column[];
  widths: number[];
}

/**
 * `need`: the widest cell of each column among the rows in view, so a column that is never cut (an
 * id, a version id) is as wide as its longest value. Columns are taken by priority while they fit;
 * the flexible one (width 0) then takes what is left.
 */
export function layoutColumns(columns: Column[], total: number, need: number[] = []): Layout {
  const want = columns.map((c, i) => {
    const base = c.width === 0 ? MIN_FLEX : c.width;
    return cutOf(c) === 'never' ? Math.max(base, need[i] ?? 0, cells(c.title)) : base;
  });
  const order = columns.map((_, i) => i).sort((a, b) => priorityOf(columns[a]) - priorityOf(columns[b]) || a - b);
  const chosen = new Set<number>();
  let used = 0;
  for (const i of order) {
    const add = want[i] + (chosen.size ? GAP : 0);
    // The first column always shows; after that, the first that does not fit ends the list, so a
    // narrow column of less use never shows where a more useful one was dropped.
    if (chosen.size && used + add > total) break;
    chosen.add(i);
    used += add;
  }
  const shown = columns.map((_, i) => i).filter((i) => chosen.has(i));
  const spare = Math.max(0, total - used);
  const flex = shown.find((i) => columns[i].width === 0);
  return {
    columns: shown.map((i) => columns[i]),
    widths: shown.map((i) => (i === flex ? want[i] + spare : want[i])),
  };
}

/** Kept for callers that want every column: the widths as the layout would give them. */
export function columnWidths(columns: Column[], total: number): number[] {
  const fixed = columns.reduce((sum, c) => sum + c.width, 0) + GAP * (columns.length - 1);
  const flex = Math.max(MIN_FLEX, total - fixed);
  return columns.map((c) => (c.width === 0 ? flex : c.width));
}

/** The widest value of each never-cut column among these rows. */
export function neededWidths(columns: Column[], rows: TreeNode[]): number[] {
  return columns.map((c) => (cutOf(c) === 'never' ? rows.reduce((w, n) => Math.max(w, cells(c.cell(n))), 0) : 0));
}

/** Header titles; the sorted column carries ↑ or ↓. */
export function headerLine(columns: Column[], widths: number[], sort?: { column: string; desc: boolean }): string {
  return columns
    .map((c, i) => fit(sort?.column === c.id ? `${c.title} ${sort.desc ? '↓' : '↑'}` : c.title, widths[i], c.align))
    .join(' '.repeat(GAP));
}

export function rowCells(node: TreeNode, columns: Column[], widths: number[]): string[] {
  return columns.map((c, i) => {
    const cut = cutOf(c);
    // A never-cut column is laid out as wide as its values in view; should one still not fit (the
    // terminal narrower than the id), it is cut at the end like any other rather than overflow.
    return fit(c.cell(node), widths[i], c.align, cut === 'middle' ? 'middle' : 'end');
  });
}

export const gap = ' '.repeat(GAP);
