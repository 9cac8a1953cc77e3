import React from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import type { DetailField } from '../data/tree';
import { theme } from './theme';
import { cells, fit } from './fit';
import type { Explained } from '../data/errors';

export interface DetailPaneProps {
  title: string;
  fields: DetailField[];
  loading: boolean;
  error?: Explained;
  width: number;
  height: number;
}

// Border and padding on each side.
const CHROME = 4;

/**
 * One field as the lines it takes: beside its label when it fits, else on the lines under it, in
 * full (an id, an ETag, a key must be readable whole, never cut to `i-012535b5000000…`).
 */
export function fieldLines(f: DetailField, labelWidth: number, inner: number): { label?: string; value: string }[] {
  if (labelWidth + 1 + cells(f.value) <= inner) return [{ label: fit(f.label, labelWidth), value: f.value }];
  const lines: { label?: string; value: string }[] = [{ label: f.label, value: '' }];
  const room = Math.max(1, inner - 2);
  const chars = [...f.value];
  for (let i = 0; i < chars.length; i += room) lines.push({ value: `  ${chars.slice(i, i + room).join('')}` });
  return lines;
}

/** The selected node: fields known from the listing at once, then the full record when it arrives. */
export function DetailPane({ title, fields, loading, error, width, height }: DetailPaneProps) {
  const inner = Math.max(1, width - CHROME);
  const labelWidth = Math.min(16, Math.max(...fields.map((f) => f.label.length), 4));
  const lines = fields.flatMap((f) => fieldLines(f, labelWidth, inner)).slice(0, Math.max(0, height - 5));
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.muted} paddingX={1}>
      <Text bold wrap="truncate">{fit(title, inner, 'left', 'middle').trimEnd()}</Text>
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate">
          {l.label !== undefined ? <Text color={theme.muted}>{l.label} </Text> : null}
          {l.value}
        </Text>
      ))}
      {loading ? <Text color={theme.muted}>loading details…</Text> : null}
      {error ? (
        <>
          <Text color={theme.error} wrap="wrap">{error.message}</Text>
          <Text color={theme.muted} wrap="wrap">{error.hint}</Text>
        </>
      ) : null}
    </Box>
  );
}
