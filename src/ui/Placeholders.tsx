import React from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import { theme } from './theme';
import type { Explained } from '../data/errors';
import { keyOf } from '../keys/keymap';

export function LoadingView({ width }: { width: number }) {
  return (
    <Box width={width}>
      <Text color={theme.muted}>loading…</Text>
    </Box>
  );
}

export function EmptyView({ width, filtered, text }: { width: number; filtered: boolean; text?: string }) {
  return (
    <Box width={width}>
      <Text color={theme.muted}>{filtered ? `No loaded row matches the filter (${keyOf('back')} clears it).` : (text ?? 'Nothing here.')}</Text>
    </Box>
  );
}

/** A listing that failed before any row arrived: what happened and what to do, wrapped, in full. */
export function ErrorView({ width, error }: { width: number; error: Explained }) {
  return (
    <Box width={width} flexDirection="column">
      <Text color={theme.error} wrap="wrap">{error.message}</Text>
      <Text color={theme.muted} wrap="wrap">{error.hint}</Text>
    </Box>
  );
}
