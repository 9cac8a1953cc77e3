import React from 'react';
import { Text } from 'ink';
import { sanitize } from '../data/sanitize';
import { theme } from './theme';

export function FilterBar({ text, editing }: { text: string; editing: boolean }) {
  return (
    <Text>
      <Text color={theme.accent}>/</Text>
      <Text>{sanitize(text)}</Text>
      {editing ? <Text inverse> </Text> : null}
    </Text>
  );
}
