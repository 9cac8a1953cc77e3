import React from 'react';
import { Text } from 'ink';
import { bindingsFor, keyLabel, type Scope } from './keymap';
import { theme } from './theme';

/** The footer, generated from the keymap: every binding of the active scope that has a hint. */
export function KeyHints({ scope }: { scope: Scope }) {
  const hints = bindingsFor(scope).filter((b) => b.hint);
  return (
    <Text wrap="truncate">
      {hints.map((b, i) => (
        <Text key={b.command}>
          {i > 0 ? '  ' : ''}
          <Text color={theme.accent}>{keyLabel(b.keys[0])}</Text>
          <Text color={theme.muted}> {b.hint}</Text>
        </Text>
      ))}
    </Text>
  );
}
