// A scrollable text (the raw view of an API record, the preview of an object, a job's lines). Lines
// arrive sanitised by whoever made them (and Safe's Text sanitises again). A line wider than the
// view wraps by display width onto as many screen lines as it takes — a record's ETag or key is read
// whole here, never cut — and the position counts screen lines, so `lines X–Y of N` always has
// Y − X + 1 lines on screen.
import React, { useMemo, useState } from 'react';
import { Box, useWindowSize } from 'ink';
import { Text } from '../Safe';
import { useKeys, keyName } from '../../hooks/useKeys';
import { commandFor } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { theme } from '../theme';
import { widthOf, wrapCells, wrapWords } from '../../hooks/wrapWidth';

// DialogFrame's border and padding on each side.
const SIDES = 4;
// DialogFrame's border (2) and title (the keys are the screen's footer's).
const FRAME_LINES = 3;

export interface TextLayout {
  /** The text as screen lines. */
  rows: string[];
  /** How many of the text's lines were wider than the view. */
  wrapped: number;
  /** Lines of text per page. */
  page: number;
  footer(top: number): string[];
}

/** The text cut to a view `columns` wide and `height` high: its screen lines, the page, the footer. */
export function layoutText(lines: string[], note: string | undefined, columns: number, height: number): TextLayout {
  const inner = Math.max(1, columns - SIDES);
  let wrapped = 0;
  const rows = lines.flatMap((l) => {
    const parts = wrapCells(l, inner);
    if (parts.length > 1) wrapped++;
    return parts;
  });
  const position = (first: number, last: number) =>
    rows.length ? `lines ${first}–${last} of ${rows.length}${wrapped ? ` (${wrapped} long ${wrapped === 1 ? 'line' : 'lines'} wrapped)` : ''}` : 'empty';
  // The footer's height must not change as the view scrolls (the page would): it is sized for the
  // widest position it can show. The note shares the line when both fit, else wraps under it.
  const widest = position(rows.length, rows.length);
  const shared = !note || widthOf(`${widest} · ${note}`) <= inner;
  const noteLines = note && !shared ? wrapWords(note, inner) : [];
  const page = Math.max(1, height - FRAME_LINES - 1 - noteLines.length);
  const footer = (top: number) => {
    const at = position(top + 1, Math.min(rows.length, top + page));
    return note && shared ? [`${at} · ${note}`] : [at, ...noteLines];
  };
  return { rows, wrapped, page, footer };
}

export function TextView({ title, lines, note, height, close }: { title: string; lines: string[]; note?: string; height: number; close(): void }) {
  const { columns } = useWindowSize();
  const { rows, page, footer } = useMemo(() => layoutText(lines, note, columns, height), [lines, note, columns, height]);
  const [wantTop, setTop] = useState(0);
  const clamp = (t: number) => Math.max(0, Math.min(t, Math.max(0, rows.length - page)));
  // A resize changes the rows and the page: the top in view stays within them.
  const top = clamp(wantTop);
  // By updater: several keys in one burst (a held j) each move from where the last one left.
  const scroll = (by: number) => setTop((t) => clamp(clamp(t) + by));
  useKeys((input, key) => {
    switch (commandFor('text', keyName(input, key))) {
      case 'text.up':
        return scroll(-1);
      case 'text.down':
        return scroll(1);
      case 'text.pageUp':
        return scroll(-page);
      case 'text.pageDown':
        return scroll(page);
      case 'text.close':
        return close();
    }
  });
  return (
    // One width whatever the lines in view: the box does not change size as it scrolls.
    <Box width={columns} flexDirection="column">
      <DialogFrame title={title}>
        <Box flexDirection="column" height={page} flexShrink={0}>
          {rows.slice(top, top + page).map((l, i) => (
            <Text key={top + i} wrap="truncate">
              {l}
            </Text>
          ))}
        </Box>
        {footer(top).map((l, i) => (
          <Text key={i} color={theme.muted} wrap="truncate">
            {l}
          </Text>
        ))}
      </DialogFrame>
    </Box>
  );
}
