import React from 'react';
import { Text } from './Safe';
import { theme } from './theme';

export function FilterBar({ text, editing }: { text: string; editing: boolean }) {
  return (
    <Text>
      <Text color={theme.accent}>/</Text>
      <Text>{text}</Text>
      {editing ? <Text inverse> </Text> : null}
    </Text>
  );
}
