// A virtualised table: renders only the `height` rows in view, so moving the cursor costs the same
// with 100 or 100,000 rows loaded. Pure: the rows come in through `at`.
import React, { memo } from 'react';
import { Box } from 'ink';
import { Line, Text, type Run } from './Safe';
import type { Column, TreeNode } from '../data/tree';
import { gap, headerLine, layoutColumns, neededWidths, rowCells } from './columns';
import { theme } from './theme';
import { sameProps } from './sameProps';

export interface TableProps {
  columns: Column[];
  count: number;
  at(index: number): TreeNode | undefined;
  cursor: number;
  /** First row in view. */
  offset: number;
  height: number;
  width: number;
  /** Marked rows (Space) carry a mark in the narrow column after the cursor. */
  isMarked?(node: TreeNode): boolean;
  /** The sort in effect: its column's title carries ↑ or ↓. */
  sort?: { column: string; desc: boolean };
}

// Cursor and mark, two cells: both visible without colour (NO_COLOR).
const GUTTER = '  ';
export const CURSOR = '▸ ';
export const MARK = '●';

export function Table({ columns, count, at, cursor, offset, height, width, isMarked, sort }: TableProps) {
  const visible: { index: number; node: TreeNode | undefined }[] = [];
  for (let i = offset; i < Math.min(count, offset + height); i++) visible.push({ index: i, node: at(i) });
  const inView = visible.flatMap((v) => (v.node ? [v.node] : []));
  const layout = layoutColumns(columns, width - GUTTER.length, neededWidths(columns, inView));
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={theme.muted} wrap="truncate">
        {GUTTER}
        {headerLine(layout.columns, layout.widths, sort)}
      </Text>
      {visible.map(({ index, node: n }) =>
        n ? (
          <Row key={index} node={n} columns={layout.columns} widths={layout.widths} selected={index === cursor} marked={isMarked?.(n) ?? false} />
        ) : (
          <Line key={index} wrap="truncate" runs={[{ text: `${index === cursor ? CURSOR[0] : ' '} `, color: theme.accent }, { text: 'loading…', color: theme.muted }]} />
        ),
      )}
    </Box>
  );
}

// A row is one line of text — the gutter, then its cells — with no box of its own, and one string in
// one <Text> (Safe.tsx's Line): Ink lays out, squashes and styles every node of every frame, and a
// row of boxes and a text per cell was ~8 nodes, 44 times over; of nested <Text>s, ~18 fibers. Cells
// without a style of their own join their neighbours' run. Truncated at the end, so a row wider than
// the table never loses its gutter (the cursor mark).
// Memoised (sameProps.ts): a cursor move re-renders the two rows whose selection changed.
const Row = memo(function Row({ node, columns, widths, selected, marked }: { node: TreeNode; columns: Column[]; widths: number[]; selected: boolean; marked: boolean }) {
  const cells = rowCells(node, columns, widths);
  const runs: Run[] = [{ text: (selected ? CURSOR[0] : ' ') + (marked ? MARK : ' '), color: theme.accent }];
  let plain = '';
  cells.forEach((cell, i) => {
    const text = (i > 0 ? gap : '') + cell;
    const color = columns[i].color?.(node);
    const bold = i === 0 && node.type.children !== undefined;
    if (color === undefined && !bold) {
      plain += text;
      return;
    }
    if (plain) runs.push({ text: plain, inverse: selected });
    plain = '';
    runs.push({ text, color, bold, inverse: selected });
  });
  if (plain) runs.push({ text: plain, inverse: selected });
  return <Line wrap="truncate" runs={runs} />;
}, sameProps);
