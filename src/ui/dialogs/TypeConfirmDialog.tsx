// For the largest actions (terminate, delete by prefix): the person types the resource's name, so a
// stray keypress can never confirm them. The state is useDialogState's, so a name typed and confirmed
// in one burst is compared whole.
import React from 'react';
import { Text } from '../Safe';
import { keyOf, keymap } from '../../keys/keymap';
import type { ConfirmAnswer } from '../../hooks/browserReducer';
import type { Hint } from '../KeyHints';
import { DialogFrame } from './DialogFrame';
import { LineInput } from './LineInput';
import { useDialogState } from './useDialogState';
import { theme } from '../theme';

// Offered in the footer only when there are settings to change.
const settingsHint: Hint = { key: keymap.find((b) => b.command === 'dialog.settings' && b.scope === 'dialog')!.keys[0], label: 'settings' };

/** The keys the question offers beyond its scope's: `Ctrl-O settings` when it shows settings. */
export const typedHints = (settings: string | undefined): Hint[] => (settings ? [settingsHint] : []);

export interface TypeConfirmProps {
  title: string;
  message: string;
  expected: string;
  /** What the action will use ("Delay 15 s · MaxAttempts 40"); Ctrl-O asks to change it. */
  settings?: string;
  resolve(answer: ConfirmAnswer): void;
}

export function TypeConfirmDialog({ title, message, expected, settings, resolve }: TypeConfirmProps) {
  const { state } = useDialogState({
    scope: 'dialog',
    line: '',
    commands: {
      'dialog.cancel': (_, d) => d.answer(() => resolve(false)),
      'dialog.settings': (_, d) => void (settings && d.answer(() => resolve('settings'))),
      'dialog.submit': (s, d) =>
        s.line.value === expected
          ? d.answer(() => resolve(true))
          : void d.dispatch({ type: 'refuse', problem: `That does not match; nothing was done. Type it exactly, or ${keyOf('dialog.cancel', 'dialog')}.` }),
    },
  });
  return (
    <DialogFrame title={title} danger>
      <Text>{message}</Text>
      {settings ? <Text color={theme.accent}>{settings}</Text> : null}
      <Text>
        Type <Text bold>{expected}</Text> to confirm:
      </Text>
      <LineInput line={state.line} />
      {state.problem ? <Text color={theme.error}>{state.problem}</Text> : null}
    </DialogFrame>
  );
}
