import React, { useState } from 'react';
import { Text } from '../Safe';
import { useKeys, keyName } from '../../hooks/useKeys';
import { commandFor, keyLabel, keymap } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { CodeView } from '../CodeView';
import type { CodeSubject } from '../../data/code/subject';

const codeKey = keyLabel(keymap.find((b) => b.command === 'dialog.code')!.keys[0]);

export interface ConfirmProps {
  title: string;
  message: string;
  /** The action as code: C shows it, Esc comes back to the question. */
  code?: CodeSubject[];
  height?: number;
  resolve(ok: boolean): void;
}

export function ConfirmDialog({ title, message, code, height = 20, resolve }: ConfirmProps) {
  const [showCode, setShowCode] = useState(false);
  // While the code is on screen it has the keys: y/n cannot answer a question that is not in view.
  useKeys((input, key) => {
    const c = commandFor('confirm', keyName(input, key));
    if (c === 'dialog.yes') resolve(true);
    else if (c === 'dialog.no' || c === 'dialog.cancel') resolve(false);
    else if (c === 'dialog.code' && code?.length) setShowCode(true);
  }, { isActive: !showCode });
  if (showCode && code?.length) return <CodeView subjects={code} height={height} close={() => setShowCode(false)} />;
  return (
    // Only y, n and Esc answer: its own scope, so no `Enter accept` promises a key that does nothing.
    <DialogFrame title={title} danger scope="confirm">
      <Text>{message}</Text>
      {code?.length ? <Text dimColor>{`${codeKey}: this action as AWS CLI, boto3 and JS SDK code, as it will be sent`}</Text> : null}
    </DialogFrame>
  );
}
