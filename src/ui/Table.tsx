// A virtualised table: renders only the `height` rows in view, so moving the cursor costs the same
// with 100 or 100,000 rows loaded. Pure: the rows come in through `at`.
import React from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import type { Column, TreeNode } from '../data/tree';
import { columnWidths, gap, headerLine, rowCells } from './columns';
import { theme } from './theme';

export interface TableProps {
  columns: Column[];
  count: number;
  at(index: number): TreeNode | undefined;
  cursor: number;
  /** First row in view. */
  offset: number;
  height: number;
  width: number;
}

const GUTTER = '  ';
export const CURSOR = '▸ ';

export function Table({ columns, count, at, cursor, offset, height, width }: TableProps) {
  // Two cells of gutter for the cursor marker: the selection must show without colour (NO_COLOR).
  const widths = columnWidths(columns, width - GUTTER.length);
  const lines = [];
  for (let i = offset; i < Math.min(count, offset + height); i++) {
    const n = at(i);
    const selected = i === cursor;
    lines.push(
      <Box key={i}>
        {/* A row wider than the table must not squeeze the gutter (the cursor mark) to one cell. */}
        <Box flexShrink={0}>
          <Text color={theme.accent}>{selected ? CURSOR : GUTTER}</Text>
        </Box>
        {n ? <Row node={n} columns={columns} widths={widths} selected={selected} /> : <Text color={theme.muted}>loading…</Text>}
      </Box>,
    );
  }
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={theme.muted} wrap="truncate">
        {GUTTER}
        {headerLine(columns, widths)}
      </Text>
      {lines}
    </Box>
  );
}

function Row({ node, columns, widths, selected }: { node: TreeNode; columns: Column[]; widths: number[]; selected: boolean }) {
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
}
