// A virtualised table: renders only the `height` rows in view, so moving the cursor costs the same
// with 100 or 100,000 rows loaded. Pure: the rows come in through `at`.
import React, { memo } from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
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
      {visible.map(({ index, node: n }) => {
        const selected = index === cursor;
        return (
          <Box key={index}>
            {/* A row wider than the table must not squeeze the gutter (the cursor mark) to one cell. */}
            <Box flexShrink={0}>
              <Text color={theme.accent}>
                {selected ? CURSOR[0] : ' '}
                {n && isMarked?.(n) ? MARK : ' '}
              </Text>
            </Box>
            {n ? <Row node={n} columns={layout.columns} widths={layout.widths} selected={selected} /> : <Text color={theme.muted}>loading…</Text>}
          </Box>
        );
      })}
    </Box>
  );
}

// Memoised (sameProps.ts): a cursor move re-renders the two rows whose selection changed.
const Row = memo(function Row({ node, columns, widths, selected }: { node: TreeNode; columns: Column[]; widths: number[]; selected: boolean }) {
  const cells = rowCells(node, columns, widths);
  return (
    <Text inverse={selected} wrap="truncate">
      {cells.map((cell, i) => {
        const color = columns[i].color?.(node);
        return (
          <Text key={columns[i].id} color={color} bold={i === 0 && node.type.children !== undefined}>
            {i > 0 ? gap : ''}
            {cell}
          </Text>
        );
      })}
    </Text>
  );
}, sameProps);
