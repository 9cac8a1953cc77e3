// For the largest actions (terminate, delete by prefix): the person types the resource's name, so a
// stray keypress can never confirm them.
import React, { useState } from 'react';
import { Text } from 'ink';
import { useKeys } from '../../hooks/useKeys';
import { TextInput } from '@inkjs/ui';
import { commandFor, keyName } from '../keymap';
import { sanitize } from '../../data/sanitize';
import { DialogFrame } from './DialogFrame';
import { theme } from '../theme';

export interface TypeConfirmProps {
  title: string;
  message: string;
  expected: string;
  resolve(ok: boolean): void;
}

export function TypeConfirmDialog({ title, message, expected, resolve }: TypeConfirmProps) {
  const [mismatch, setMismatch] = useState(false);
  useKeys((input, key) => {
    if (commandFor('dialog', keyName(input, key)) === 'dialog.cancel') resolve(false);
  });
  return (
    <DialogFrame title={title} danger>
      <Text>{sanitize(message)}</Text>
      <Text>
        Type <Text bold>{sanitize(expected)}</Text> to confirm:
      </Text>
      <TextInput onSubmit={(v) => (v === expected ? resolve(true) : setMismatch(true))} />
      {mismatch ? <Text color={theme.error}>That does not match; nothing was done. Type it exactly, or Esc.</Text> : null}
    </DialogFrame>
  );
}
