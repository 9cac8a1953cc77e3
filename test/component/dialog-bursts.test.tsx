// Keys that arrive in one burst ("prod\r" from a paste without bracketed paste, tmux send-keys, a fast
// typist) reach a dialog before React renders again: the prompt, the pick list's filter and the
// type-to-confirm each answer with everything typed before the Enter, and answer once.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { PromptDialog } from '../../src/ui/dialogs/PromptDialog';
import { PickDialog } from '../../src/ui/dialogs/PickDialog';
import { TypeConfirmDialog } from '../../src/ui/dialogs/TypeConfirmDialog';
import { waitFor } from '../helpers/ink';

afterEach(() => cleanup());

const settle = () => new Promise<void>((r) => setImmediate(r));

test('prompt: text and Enter in one write submit the whole text, once; y and n are typed, not answers', async () => {
  const got: (string | undefined)[] = [];
  const ui = render(<PromptDialog title="Upload" label="Path" initial="" resolve={(v) => got.push(v)} />);
  await waitFor(() => /Path/.test(ui.lastFrame() ?? ''), 'the prompt');
  await settle();
  ui.stdin.write('yes-no.csv\r\r');
  await waitFor(() => got.length > 0, 'the answer');
  await settle();
  assert.deepEqual(got, ['yes-no.csv']);
});

test('prompt: a value refused stays, with why; Esc answers undefined', async () => {
  const got: (string | undefined)[] = [];
  const ui = render(<PromptDialog title="MFA" label="Code" initial="" validate={(v) => (/^\d{6}$/.test(v) ? undefined : 'Six digits.')} resolve={(v) => got.push(v)} />);
  await waitFor(() => /Code/.test(ui.lastFrame() ?? ''), 'the prompt');
  await settle();
  ui.stdin.write('12\r');
  await waitFor(() => /Six digits\./.test(ui.lastFrame() ?? ''), 'the refusal');
  assert.deepEqual(got, []);
  ui.stdin.write('\u001b');
  await waitFor(() => got.length > 0, 'the answer');
  assert.deepEqual(got, [undefined]);
});

test('pick: a filter and Enter in one write pick the first row the filter leaves (typed k and j filter, they do not move)', async () => {
  const got: (string | undefined)[] = [];
  const choices = async () => [
    { value: 'dev', label: 'dev' },
    { value: 'prod-jk', label: 'prod-jk' },
    { value: 'prod', label: 'prod' },
  ];
  const ui = render(<PickDialog title="Switch profile" choices={choices} resolve={(v) => got.push(v)} />);
  await waitFor(() => /prod-jk/.test(ui.lastFrame() ?? ''), 'the list');
  await settle();
  ui.stdin.write('\u001b[B\u001b[B'); // to prod
  await waitFor(() => /▸ prod\s/.test(ui.lastFrame() ?? ''), 'the third row selected');
  ui.stdin.write('jk\r');
  await waitFor(() => got.length > 0, 'the answer');
  assert.deepEqual(got, ['prod-jk'], 'the new filter selected its first row');
});

test('type-to-confirm: the name and Enter in one write confirm; a wrong name refuses, says how to leave, and confirms nothing', async () => {
  const got: (boolean | string)[] = [];
  const ui = render(<TypeConfirmDialog title="Terminate" message="Terminate i-0abc?" expected="i-0abc" resolve={(v) => got.push(v)} />);
  await waitFor(() => /Type/.test(ui.lastFrame() ?? ''), 'the dialog');
  await settle();
  ui.stdin.write('i-0ab\r');
  await waitFor(() => /does not match/.test(ui.lastFrame() ?? ''), 'the refusal');
  assert.match(ui.lastFrame()!, /or Esc\./);
  assert.deepEqual(got, []);
  ui.stdin.write('c\r');
  await waitFor(() => got.length > 0, 'the answer');
  assert.deepEqual(got, [true]);
});
