import React from 'react';
import { Box, Text } from 'ink';
import { formatCount } from '../data/format';
import type { Explained } from '../data/errors';
import { theme } from './theme';
import type { Notice } from '../hooks/browserReducer';

export interface StatusLineProps {
  loaded: number;
  done: boolean;
  loading: boolean;
  error?: Explained;
  notice?: Notice;
  cursor: number;
  count: number;
  filter?: string;
}

/** `1,000 loaded · more ↓`, what is loading, or what went wrong and what to do. */
const noticeColor = { info: theme.accent, ok: theme.ok, error: theme.error };

export function StatusLine({ loaded, done, loading, error, notice, cursor, count, filter }: StatusLineProps) {
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
            {filter ? <Text color={theme.accent}> · filter “{filter}” ({formatCount(count)} of the loaded rows)</Text> : null}
          </>
        )}
      </Text>
      <Text color={theme.muted}>{position}</Text>
    </Box>
  );
}
