import React from 'react';
import { Text } from '../Safe';
import type { Line } from './lineEdit';

/** The line being typed, the cursor shown as an inverse cell (visible without colour). */
export function LineInput({ line }: { line: Line }) {
  const at = line.value.slice(line.cursor, line.cursor + 1);
  return (
    <Text>
      {line.value.slice(0, line.cursor)}
      <Text inverse>{at || ' '}</Text>
      {line.value.slice(line.cursor + 1)}
    </Text>
  );
}
