import React from 'react';
import { Box, Text } from 'ink';
import { theme } from './theme';

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
      <Text color={theme.muted}>{filtered ? 'No loaded row matches the filter (Esc clears it).' : (text ?? 'Nothing here.')}</Text>
    </Box>
  );
}
