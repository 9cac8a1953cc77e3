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
}

/** `1,000 loaded · more ↓`, what is loading, or what went wrong and what to do. */
const noticeColor = { info: theme.accent, ok: theme.ok, error: theme.error };

export function StatusLine({ loaded, done, loading, error, notice, retries, cursor, count, filter, sorted, pageSize }: StatusLineProps) {
  const position = count > 0 ? `${formatCount(cursor + 1)}/${formatCount(count)}` : '';
  return (
    <Box justifyContent="space-between">
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
            <Text>{formatCount(loaded)} loaded</Text>
            <Text color={theme.muted}>{done ? ' · all loaded' : ' · more ↓'}</Text>
            {loading ? <Text color={theme.warn}> · loading…</Text> : null}
            {retries?.count ? (
              <Text color={theme.warn}>
                {' '}· {formatCount(retries.count)} {retries.count === 1 ? 'retry' : 'retries'}
                {retries.last ? ` (last: ${retries.last.operation} after ${retries.last.reason})` : ''}
              </Text>
            ) : null}
            {filter ? <Text color={theme.accent}> · filter “{filter}” ({formatCount(count)} of the loaded rows)</Text> : null}
            {sorted ? (
              <Text color={sorted.partial ? theme.warn : theme.accent}>
                {' '}· sorted by {sorted.title} {sorted.desc ? '↓' : '↑'}
                {sorted.partial ? ` (only the ${formatCount(loaded)} loaded rows)` : ''}
              </Text>
            ) : null}
            {pageSize ? <Text color={theme.muted}> · pages of {formatCount(pageSize)}</Text> : null}
          </>
        )}
      </Text>
      <Text color={theme.muted}>{position}</Text>
    </Box>
  );
}
