// A line of text to give (a path, a content type, a : command, an MFA code), with an initial value to
// edit. Kept per key (lineEdit.ts), so text typed and submitted in one burst is submitted whole.
import React, { useRef, useState } from 'react';
import { Text } from '../Safe';
import { useKeys, keyName } from '../../hooks/useKeys';
import { LineInput } from './LineInput';
import { editLine, lineOf, pasteLine } from './lineEdit';
import type { Completion } from '../../data/pathComplete';
import { usePaste } from 'ink';
import { commandFor } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
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
  const [problem, setProblem] = useState<string>();
  const [candidates, setCandidates] = useState<string[]>([]);
  const line = useRef(lineOf(initial));
  const [shown, setShown] = useState(line.current);
  useKeys((input, key) => {
    const command = commandFor('dialog', keyName(input, key));
    if (command === 'dialog.cancel') return resolve(undefined);
    if (command === 'dialog.submit') return submit(line.current.value);
    if (command === 'dialog.complete') {
      if (!complete) return;
      const asked = line.current.value;
      void complete(asked).then((c) => {
        // A key typed while the folder was read wins over the completion.
        if (line.current.value !== asked) return;
        setShown((line.current = lineOf(c.value)));
        setCandidates(c.candidates);
      }, () => setCandidates([]));
      return;
    }
    const next = editLine(line.current, input, key);
    if (next) setShown((line.current = next));
  });
  // Bracketed paste: the text arrives whole, and a newline in it does not submit.
  usePaste((text) => setShown((line.current = pasteLine(line.current, text))));
  const submit = (value: string) => {
    const p = validate?.(value);
    if (p) setProblem(p);
    else resolve(value);
  };
  return (
    <DialogFrame title={title}>
      <Text>{label}</Text>
      <LineInput line={shown} />
      {candidates.length ? <Text dimColor wrap="truncate">{candidates.join('  ')}</Text> : null}
      {problem ? <Text color={theme.error}>{problem}</Text> : null}
    </DialogFrame>
  );
}
