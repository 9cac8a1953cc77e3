import React, { type ReactNode } from 'react';
import { Box, useWindowSize } from 'ink';
import { Text } from '../Safe';
import { theme } from '../theme';
import { KeyHints, type Hint } from '../KeyHints';
import type { Scope } from '../../keys/keymap';

/**
 * The box every dialog sits in: a title, the body, and the keys that work here — the scope's, and
 * `extra` for keys that work only in this one (`e settings` where a question has settings). `hints`
 * false: the view says its keys itself (help's section line), and the screen's footer has them.
 */
export function DialogFrame({ title, children, danger, scope = 'dialog', extra, hints = true }: { title: string; children: ReactNode; danger?: boolean; scope?: Scope; extra?: Hint[]; hints?: boolean }) {
  // The hints fit inside the box (border and padding: 4 columns), so `? help  q quit` is never cut.
  const { columns } = useWindowSize();
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={danger ? theme.error : theme.accent} paddingX={1}>
      <Text bold color={danger ? theme.error : theme.accent} wrap="truncate">
        {title}
      </Text>
      {children}
      {hints ? <KeyHints scope={scope} extra={extra} width={Math.max(10, columns - 4)} /> : null}
    </Box>
  );
}
