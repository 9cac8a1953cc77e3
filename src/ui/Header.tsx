import React from 'react';
import { Box, Text } from 'ink';
import { theme } from './theme';

export interface HeaderProps {
  profile?: string;
  region?: string;
  /** Shown only when it is not AWS's own. */
  endpoint?: string;
  accent?: string;
  readonly?: boolean;
}

export function Header({ profile, region, endpoint, readonly, accent = theme.accent }: HeaderProps) {
  return (
    <Box>
      <Text bold color={accent}>awsnav</Text>
      <Text color={theme.muted}>  profile </Text>
      <Text bold color={accent}>{profile ?? '—'}</Text>
      {readonly ? <Text color={theme.warn}> [read-only]</Text> : null}
      <Text color={theme.muted}>  region </Text>
      <Text>{region ?? '—'}</Text>
      {endpoint ? (
        <>
          <Text color={theme.muted}>  endpoint </Text>
          <Text color={theme.warn}>{endpoint}</Text>
        </>
      ) : null}
    </Box>
  );
}
