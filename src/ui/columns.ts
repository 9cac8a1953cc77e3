// Pure row layout: column widths for a table width, and a node as one line of fitted cells
// (fit sanitises them).
import type { Column, TreeNode } from '../data/tree';
import { fit } from './fit';

const GAP = 2;
const MIN_FLEX = 16;

export function columnWidths(columns: Column[], total: number): number[] {
  const fixed = columns.reduce((sum, c) => sum + c.width, 0) + GAP * (columns.length - 1);
  const flex = Math.max(MIN_FLEX, total - fixed);
  return columns.map((c) => (c.width === 0 ? flex : c.width));
}

export function headerLine(columns: Column[], widths: number[]): string {
  return columns.map((c, i) => fit(c.title, widths[i], c.align)).join(' '.repeat(GAP));
}

export function rowCells(node: TreeNode, columns: Column[], widths: number[]): string[] {
  return columns.map((c, i) => fit(c.cell(node), widths[i], c.align));
}

export const gap = ' '.repeat(GAP);
