import React, { type ReactNode } from 'react';
import { Box } from 'ink';
import { Text } from '../Safe';
import { theme } from '../theme';
import { KeyHints } from '../KeyHints';
import type { Scope } from '../../keys/keymap';

/** The box every dialog sits in: a title, the body, and the keys that work here. */
export function DialogFrame({ title, children, danger, scope = 'dialog' }: { title: string; children: ReactNode; danger?: boolean; scope?: Scope }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={danger ? theme.error : theme.accent} paddingX={1}>
      <Text bold color={danger ? theme.error : theme.accent} wrap="truncate">
        {title}
      </Text>
      {children}
      <KeyHints scope={scope} />
    </Box>
  );
}
