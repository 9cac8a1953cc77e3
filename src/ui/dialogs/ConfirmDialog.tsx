import React from 'react';
import { Text } from '../Safe';
import { useKeys } from '../../hooks/useKeys';
import { commandFor, keyName } from '../keymap';
import { DialogFrame } from './DialogFrame';

export function ConfirmDialog({ title, message, resolve }: { title: string; message: string; resolve(ok: boolean): void }) {
  useKeys((input, key) => {
    const c = commandFor('confirm', keyName(input, key));
    if (c === 'dialog.yes') resolve(true);
    else if (c === 'dialog.no' || c === 'dialog.cancel') resolve(false);
  });
  return (
    // Only y, n and Esc answer: its own scope, so no `Enter accept` promises a key that does nothing.
    <DialogFrame title={title} danger scope="confirm">
      <Text>{message}</Text>
    </DialogFrame>
  );
}
