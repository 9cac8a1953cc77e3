import React, { type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { theme } from '../theme';
import { KeyHints } from '../KeyHints';
import { sanitize } from '../../data/sanitize';
import type { Scope } from '../keymap';

/** The box every dialog sits in: a title, the body, and the keys that work here. */
export function DialogFrame({ title, children, danger, scope = 'dialog' }: { title: string; children: ReactNode; danger?: boolean; scope?: Scope }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={danger ? theme.error : theme.accent} paddingX={1}>
      <Text bold color={danger ? theme.error : theme.accent}>
        {sanitize(title)}
      </Text>
      {children}
      <KeyHints scope={scope} />
    </Box>
  );
}
