// For the largest actions (terminate, delete by prefix): the person types the resource's name, so a
// stray keypress can never confirm them. The typed text is kept per key (lineEdit.ts), so a name typed
// and confirmed in one burst is compared whole.
import React, { useRef, useState } from 'react';
import { Text } from '../Safe';
import { useKeys, keyName } from '../../hooks/useKeys';
import { commandFor } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { LineInput } from './LineInput';
import { editLine, lineOf } from './lineEdit';
import { theme } from '../theme';

export interface TypeConfirmProps {
  title: string;
  message: string;
  expected: string;
  resolve(ok: boolean): void;
}

export function TypeConfirmDialog({ title, message, expected, resolve }: TypeConfirmProps) {
  const [mismatch, setMismatch] = useState(false);
  const typed = useRef(lineOf(''));
  const [shown, setShown] = useState(typed.current);
  useKeys((input, key) => {
    const command = commandFor('dialog', keyName(input, key));
    if (command === 'dialog.cancel') return resolve(false);
    if (command === 'dialog.submit') return typed.current.value === expected ? resolve(true) : setMismatch(true);
    const next = editLine(typed.current, input, key);
    if (next) setShown((typed.current = next));
  });
  return (
    <DialogFrame title={title} danger>
      <Text>{message}</Text>
      <Text>
        Type <Text bold>{expected}</Text> to confirm:
      </Text>
      <LineInput line={shown} />
      {mismatch ? <Text color={theme.error}>That does not match; nothing was done. Type it exactly, or Esc.</Text> : null}
    </DialogFrame>
  );
}
