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

export function EmptyView({ width, filtered }: { width: number; filtered: boolean }) {
  return (
    <Box width={width}>
      <Text color={theme.muted}>{filtered ? 'No loaded row matches the filter (Esc clears it).' : 'Nothing here.'}</Text>
    </Box>
  );
}
