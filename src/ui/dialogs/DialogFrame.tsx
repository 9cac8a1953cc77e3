import React, { type ReactNode } from 'react';
import { Box } from 'ink';
import { Text } from '../Safe';
import { theme } from '../theme';
import { KeyHints, type Hint } from '../KeyHints';
import type { Scope } from '../../keys/keymap';

/**
 * The box every dialog sits in: a title, the body, and the keys that work here — the scope's, and
 * `extra` for keys that work only in this one (`e settings` where a question has settings).
 */
export function DialogFrame({ title, children, danger, scope = 'dialog', extra }: { title: string; children: ReactNode; danger?: boolean; scope?: Scope; extra?: Hint[] }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={danger ? theme.error : theme.accent} paddingX={1}>
      <Text bold color={danger ? theme.error : theme.accent} wrap="truncate">
        {title}
      </Text>
      {children}
      <KeyHints scope={scope} extra={extra} />
    </Box>
  );
}
