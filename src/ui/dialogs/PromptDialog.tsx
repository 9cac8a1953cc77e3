// A line of text to give (a path, a content type, an MFA code, a waiter setting), with an initial value
// to edit. The state is useDialogState's, so text typed and submitted in one burst is submitted whole.
import React from 'react';
import { Text } from '../Safe';
import { LineInput } from './LineInput';
import type { Completion } from '../../data/pathComplete';
import { DialogFrame } from './DialogFrame';
import { useDialogState } from './useDialogState';
import { theme } from '../theme';

export interface PromptProps {
  title: string;
  label: string;
  initial: string;
  validate?(value: string): string | undefined;
  /** Tab: completes the line (a path) and lists what is still possible. */
  complete?(value: string): Promise<Completion>;
  resolve(value: string | undefined): void;
}

export function PromptDialog({ title, label, initial, validate, complete, resolve }: PromptProps) {
  const { state } = useDialogState({
    scope: 'dialog',
    line: initial,
    commands: {
      'dialog.cancel': (_, d) => d.answer(() => resolve(undefined)),
      'dialog.submit': (s, d) => {
        const problem = validate?.(s.line.value);
        if (problem) d.dispatch({ type: 'refuse', problem });
        else d.answer(() => resolve(s.line.value));
      },
      'dialog.complete': (s, d) => {
        if (!complete) return;
        const asked = s.line.value;
        complete(asked).then(
          (c) => d.dispatch({ type: 'completed', asked, value: c.value, candidates: c.candidates }),
          () => d.dispatch({ type: 'completion-failed' }),
        );
      },
    },
  });
  return (
    <DialogFrame title={title}>
      <Text>{label}</Text>
      <LineInput line={state.line} />
      {state.candidates.length ? <Text dimColor wrap="truncate">{state.candidates.join('  ')}</Text> : null}
      {state.problem ? <Text color={theme.error}>{state.problem}</Text> : null}
    </DialogFrame>
  );
}
