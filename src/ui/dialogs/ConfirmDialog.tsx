import React from 'react';
import { Text } from '../Safe';
import { useKeys } from '../../hooks/useKeys';
import { commandFor, keyName } from '../keymap';
import { DialogFrame } from './DialogFrame';
import { theme } from '../theme';

export function ConfirmDialog({ title, message, resolve }: { title: string; message: string; resolve(ok: boolean): void }) {
  useKeys((input, key) => {
    const c = commandFor('dialog', keyName(input, key));
    if (c === 'dialog.yes') resolve(true);
    else if (c === 'dialog.no' || c === 'dialog.cancel') resolve(false);
  });
  return (
    <DialogFrame title={title} danger>
      <Text>{message}</Text>
      <Text>
        <Text color={theme.accent}>y</Text> yes   <Text color={theme.accent}>n</Text> no
      </Text>
    </DialogFrame>
  );
}
