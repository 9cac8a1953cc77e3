import React from 'react';
import { Text } from './Safe';
import { bindingsFor, keyLabel, type Scope } from './keymap';
import { theme } from './theme';

export interface Hint {
  key: string;
  label: string;
}

/**
 * The footer, generated from the keymap: every binding of the active scope that has a hint, then
 * `extra` (the actions available on what is selected, which depend on the node).
 */
export function KeyHints({ scope, extra = [] }: { scope: Scope; extra?: Hint[] }) {
  const hints: Hint[] = [
    ...extra,
    ...bindingsFor(scope)
      .filter((b) => b.hint)
      .map((b) => ({ key: b.keys[0], label: b.hint! })),
  ];
  return (
    <Text wrap="truncate">
      {hints.map((h, i) => (
        <Text key={h.key + h.label}>
          {i > 0 ? '  ' : ''}
          <Text color={theme.accent}>{keyLabel(h.key)}</Text>
          <Text color={theme.muted}> {h.label}</Text>
        </Text>
      ))}
    </Text>
  );
}
