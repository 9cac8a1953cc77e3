import React from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import { formatCount } from '../data/format';
import type { Explained } from '../data/errors';
import { theme } from './theme';
import type { Notice } from '../hooks/browserReducer';
import type { RetryEvent } from '../data/retries';

export interface StatusLineProps {
  loaded: number;
  done: boolean;
  loading: boolean;
  error?: Explained;
  notice?: Notice;
  /** The SDK's retries so far on this session: a listing that got slow says why. */
  retries?: { count: number; last?: RetryEvent };
  cursor: number;
  count: number;
  filter?: string;
  /** The sort in effect (useRows); `partial` when it covers only the loaded rows. */
  sorted?: { title: string; desc: boolean; partial: boolean };
  /** `:pagesize N`, when set. */
  pageSize?: number;
  /** Rows marked with Space (the actions then apply to them). */
  marked?: number;
  /** What a whole-collection sort or filter covers so far (useRows): "sorted 42,002 of 55,002 read". */
  covers?: { text: string; whole: boolean };
  /** Said instead of "all loaded" when the listing ended early (a stopped content-type scan). */
  ended?: string;
}

/** `1,000 loaded · more ↓`, what is loading, or what went wrong and what to do. */
const noticeColor = { info: theme.accent, ok: theme.ok, error: theme.error };

export function StatusLine({ loaded, done, loading, error, notice, retries, cursor, count, filter, sorted, pageSize, covers, ended, marked }: StatusLineProps) {
  const position = count > 0 ? `${formatCount(cursor + 1)}/${formatCount(count)}` : '';
  return (
    // One line, always: Ink 8 lays a truncated text beside another in a row out two lines high, and a
    // frame one line too tall scrolls the terminal and garbles the top line.
    <Box justifyContent="space-between" height={1}>
      <Text wrap="truncate">
        {notice ? (
          <Text color={noticeColor[notice.level]}>{notice.text}</Text>
        ) : error ? (
          <>
            <Text color={theme.error}>{error.message}</Text>
            <Text color={theme.muted}> {error.hint}</Text>
          </>
        ) : (
          <>
            {/* A sort or filter over the whole listing says what it covers (below), not what the window holds. */}
            {covers ? null : <Text>{formatCount(loaded)} loaded</Text>}
            {covers ? null : ended ? <Text color={theme.warn}> · {ended}</Text> : <Text color={theme.muted}>{done ? ' · all loaded' : ' · more ↓'}</Text>}
            {loading ? <Text color={theme.warn}> · loading…</Text> : null}
            {retries?.count ? (
              <Text color={theme.warn}>
                {' '}· {formatCount(retries.count)} {retries.count === 1 ? 'retry' : 'retries'}
                {retries.last ? ` (last: ${retries.last.operation} after ${retries.last.reason})` : ''}
              </Text>
            ) : null}
            {filter ? <Text color={theme.accent}>{covers ? '' : ' · '}filter “{filter}”{covers ? '' : ` (${formatCount(count)} of the loaded rows)`}</Text> : null}
            {sorted ? (
              <Text color={sorted.partial ? theme.warn : theme.accent}>
                {covers && !filter ? '' : ' · '}sorted by {sorted.title} {sorted.desc ? '↓' : '↑'}
                {sorted.partial && !covers ? ` (only the ${formatCount(loaded)} loaded rows)` : ''}
              </Text>
            ) : null}
            {covers ? <Text color={covers.whole ? theme.accent : theme.warn}> · {covers.text}</Text> : null}
            {pageSize ? <Text color={theme.muted}> · pages of {formatCount(pageSize)}</Text> : null}
          </>
        )}
      </Text>
      {/* On the right with the position: still in view while a notice fills the left. */}
      <Text color={theme.muted}>
        {marked ? <Text color={theme.accent} bold>{formatCount(marked)} marked  </Text> : null}
        {position}
      </Text>
    </Box>
  );
}
