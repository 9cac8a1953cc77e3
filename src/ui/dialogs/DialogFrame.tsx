import React, { type ReactNode } from 'react';
import { Box } from 'ink';
import { Text } from '../Safe';
import { theme } from '../theme';

/**
 * The box every dialog sits in: a title and the body. Its keys are the screen's footer's (Browser's
 * KeyHints: the dialog's scope, and the keys that work only in this one, modalHints), as everywhere
 * else in awsnav — one line says what the keys do, not a second copy inside the box.
 */
export function DialogFrame({ title, children, danger }: { title: string; children: ReactNode; danger?: boolean }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={danger ? theme.error : theme.accent} paddingX={1}>
      <Text bold color={danger ? theme.error : theme.accent} wrap="truncate">
        {title}
      </Text>
      {children}
    </Box>
  );
}
