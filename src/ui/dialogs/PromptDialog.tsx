import React, { useState } from 'react';
import { Text } from 'ink';
import { useKeys } from '../../hooks/useKeys';
import { TextInput } from '@inkjs/ui';
import { commandFor, keyName } from '../keymap';
import { DialogFrame } from './DialogFrame';
import { theme } from '../theme';
import { sanitize } from '../../data/sanitize';

export interface PromptProps {
  title: string;
  label: string;
  initial: string;
  validate?(value: string): string | undefined;
  resolve(value: string | undefined): void;
}

export function PromptDialog({ title, label, initial, validate, resolve }: PromptProps) {
  const [problem, setProblem] = useState<string>();
  useKeys((input, key) => {
    if (commandFor('dialog', keyName(input, key)) === 'dialog.cancel') resolve(undefined);
  });
  const submit = (value: string) => {
    const p = validate?.(value);
    if (p) setProblem(p);
    else resolve(value);
  };
  return (
    <DialogFrame title={title}>
      <Text>{sanitize(label)}</Text>
      <TextInput defaultValue={initial} onSubmit={submit} />
      {problem ? <Text color={theme.error}>{problem}</Text> : null}
    </DialogFrame>
  );
}
