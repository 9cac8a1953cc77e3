import React from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import type { DetailField } from '../data/tree';
import { theme } from './theme';
import { fit } from '../hooks/fit';
import { widthOf, wrapCells, wrapWords } from '../hooks/wrapWidth';
import type { Explained } from '../data/errors';
import { keyOf } from '../keys/keymap';

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
// Border (2), the title, and the line `loading details…` takes while a record is on its way (kept
// when it goes, so the fields above it do not move).
const LINES_CHROME = 4;

/**
 * The label column's width: one figure for every record, whatever its labels, so moving from an
 * object to one with a longer label (`Content type` once HeadObject answers, a `meta: …` field)
 * rewrites the values that changed, not every line of the pane (issue 16: bytes per keypress).
 * Every label the data layer writes (`Storage class`, `Instance type`) fits in it; a longer one (a
 * metadata key) takes a line of its own, whole, with its value under it.
 */
export const LABEL_COLUMN = 13;

export function labelWidthFor(inner: number): number {
  // A narrow pane keeps two thirds of its width for the values.
  return Math.max(4, Math.min(LABEL_COLUMN, Math.floor(inner / 3)));
}

export interface PaneLine {
  label?: string;
  value: string;
}

/**
 * One field as the lines it takes: beside its label when it fits, else on the lines under it, in
 * full (an id, an ETag, a key must be readable whole, never cut to `i-012535b5000000…`), wrapped by
 * display width (a CJK character or an emoji takes two cells) so no line is wider than the pane.
 */
export function fieldLines(f: DetailField, labelWidth: number, inner: number): PaneLine[] {
  const labelCells = widthOf(f.label);
  if (labelCells <= labelWidth && labelWidth + 1 + widthOf(f.value) <= inner) return [{ label: fit(f.label, labelWidth), value: f.value }];
  const lines: PaneLine[] = wrapCells(f.label, inner).map((label) => ({ label, value: '' }));
  for (const part of wrapCells(f.value, inner - 2)) lines.push({ value: `  ${part}` });
  return lines;
}

/** The selected node: fields known from the listing at once, then the full record when it arrives. */
export function DetailPane({ title, fields, loading, error, width, height }: DetailPaneProps) {
  const inner = Math.max(1, width - CHROME);
  const labelWidth = labelWidthFor(inner);
  const all = fields.flatMap((f) => fieldLines(f, labelWidth, inner));
  // An error is what happened and what to do: it is shown whole, and the fields have what is left.
  const errorLines = error
    ? [
        ...wrapWords(error.message, inner).map((text) => ({ text, color: theme.error })),
        ...(error.hint ? wrapWords(error.hint, inner).map((text) => ({ text, color: theme.muted })) : []),
      ].slice(0, Math.max(0, height - 3))
    : [];
  const room = Math.max(0, height - LINES_CHROME - errorLines.length);
  // What does not fit is said, not dropped in silence.
  const cut = all.length > room;
  const lines = cut ? all.slice(0, Math.max(0, room - 1)) : all;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.muted} paddingX={1}>
      <Text bold wrap="truncate">{fit(title, inner, 'left', 'middle').trimEnd()}</Text>
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate">
          {/* A label on a line of its own has no space after it: it may take the whole width. */}
          {l.label !== undefined ? <Text color={theme.muted}>{l.value ? `${l.label} ` : l.label}</Text> : null}
          {l.value}
        </Text>
      ))}
      {cut ? <Text color={theme.muted} wrap="truncate">{`… ${all.length - lines.length} more lines (${keyOf('raw')}: the whole record)`}</Text> : null}
      {loading ? <Text color={theme.muted}>loading details…</Text> : null}
      {errorLines.map((l, i) => (
        <Text key={`e${i}`} color={l.color} wrap="truncate">
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
