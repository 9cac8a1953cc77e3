// For the largest actions (terminate, delete by prefix): the person types the resource's name, so a
// stray keypress can never confirm them. The state is useDialogState's, so a name typed and confirmed
// in one burst is compared whole.
import React from 'react';
import { Text } from '../Safe';
import { keyOf } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { LineInput } from './LineInput';
import { useDialogState } from './useDialogState';
import { theme } from '../theme';

export interface TypeConfirmProps {
  title: string;
  message: string;
  expected: string;
  resolve(ok: boolean): void;
}

export function TypeConfirmDialog({ title, message, expected, resolve }: TypeConfirmProps) {
  const { state } = useDialogState({
    scope: 'dialog',
    line: '',
    commands: {
      'dialog.cancel': (_, d) => d.answer(() => resolve(false)),
      'dialog.submit': (s, d) =>
        s.line.value === expected
          ? d.answer(() => resolve(true))
          : void d.dispatch({ type: 'refuse', problem: `That does not match; nothing was done. Type it exactly, or ${keyOf('dialog.cancel', 'dialog')}.` }),
    },
  });
  return (
    <DialogFrame title={title} danger>
      <Text>{message}</Text>
      <Text>
        Type <Text bold>{expected}</Text> to confirm:
      </Text>
      <LineInput line={state.line} />
      {state.problem ? <Text color={theme.error}>{state.problem}</Text> : null}
    </DialogFrame>
  );
}
