// A yes/no question (y, n, Esc). With settings (a waiter's Delay and MaxAttempts) it shows them and
// `e` asks to change them; with code, `C` shows the action as it will be sent, Esc comes back.
import React, { useEffect } from 'react';
import { Text } from '../Safe';
import { keyOf, keymap } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { CodeView } from '../CodeView';
import type { CodeSubject } from '../../data/code/subject';
import type { ConfirmAnswer } from '../../hooks/browserReducer';
import { useDialogState } from './useDialogState';
import { theme } from '../theme';
import type { Hint } from '../KeyHints';

// Offered in the footer only when there are settings to change.
const settingsHint: Hint = { key: keymap.find((b) => b.command === 'dialog.settings' && b.scope === 'confirm')!.keys[0], label: 'settings' };

/** The keys a question offers beyond its scope's: `e settings` when it shows settings. */
export const confirmHints = (settings: string | undefined): Hint[] => (settings ? [settingsHint] : []);

export interface ConfirmProps {
  title: string;
  message: string;
  /** The action as code: C shows it, Esc comes back to the question. */
  code?: CodeSubject[];
  /** What the action will use ("Delay 15 s · MaxAttempts 40"); `e` asks to change it. */
  settings?: string;
  /** Nothing in AWS changes (a waiter started by hand): not drawn in the danger colour. */
  calm?: boolean;
  height?: number;
  /** Told when the code view opens and closes, so the screen's footer can follow (Browser's). */
  onCode?(open: boolean): void;
  resolve(answer: ConfirmAnswer): void;
}

export function ConfirmDialog({ title, message, code, settings, calm, height = 20, onCode, resolve }: ConfirmProps) {
  // While the code is on screen it has the keys (useDialogState): y/n cannot answer a question that
  // is not in view, not even in the burst that opened the code.
  const d = useDialogState({
    scope: 'confirm',
    commands: {
      'dialog.yes': (_, c) => c.answer(() => resolve(true)),
      'dialog.no': (_, c) => c.answer(() => resolve(false)),
      'dialog.cancel': (_, c) => c.answer(() => resolve(false)),
      'dialog.settings': (_, c) => void (settings && c.answer(() => resolve('settings'))),
      'dialog.code': (_, c) => void (code?.length && c.dispatch({ type: 'show-code', open: true })),
    },
  });
  const showing = Boolean(d.state.code && code?.length);
  useEffect(() => onCode?.(showing), [showing, onCode]);
  if (showing && code) return <CodeView subjects={code} height={height} close={() => d.dispatch({ type: 'show-code', open: false })} />;
  return (
    // Only y, n and Esc answer: its own scope, so no `Enter accept` promises a key that does nothing.
    <DialogFrame title={title} danger={!calm}>
      <Text>{message}</Text>
      {settings ? <Text color={theme.accent}>{settings}</Text> : null}
      {code?.length ? <Text dimColor>{`${keyOf('dialog.code', 'confirm')}: this action as AWS CLI, boto3 and JS SDK code, as it will be sent`}</Text> : null}
    </DialogFrame>
  );
}
