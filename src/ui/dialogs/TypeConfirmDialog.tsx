// For the largest actions (terminate, delete by prefix): the person types the resource's name, so a
// stray keypress can never confirm them.
// The typed text lives in a ref updated on each key, not in @inkjs/ui's TextInput: its Enter handler
// reads the value of the last render, so a name typed and confirmed in one quick burst (a paste, tmux,
// a fast typist) was compared as it stood before the last keys and refused.
import React, { useRef, useState } from 'react';
import { Text } from 'ink';
import { useKeys } from '../../hooks/useKeys';
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
  const typed = useRef('');
  const [shown, setShown] = useState('');
  useKeys((input, key) => {
    const name = keyName(input, key);
    const command = commandFor('dialog', name);
    if (command === 'dialog.cancel') return resolve(false);
    if (command === 'dialog.submit') return typed.current === expected ? resolve(true) : setMismatch(true);
    if (name === 'backspace') typed.current = typed.current.slice(0, -1);
    else if (input && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input)) typed.current += input;
    else return;
    setShown(typed.current);
  });
  return (
    <DialogFrame title={title} danger>
      <Text>{sanitize(message)}</Text>
      <Text>
        Type <Text bold>{sanitize(expected)}</Text> to confirm:
      </Text>
      <Text>
        {sanitize(shown)}
        <Text inverse> </Text>
      </Text>
      {mismatch ? <Text color={theme.error}>That does not match; nothing was done. Type it exactly, or Esc.</Text> : null}
    </DialogFrame>
  );
}
