// Waiter settings need no prompt (issue 13): X on a running instance asks one question that shows
// Delay and MaxAttempts, `y` runs with them; `e` there changes them (each validated), the question comes
// back with the new values, and the code and the job use them. Against the sandbox, by keys.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { ec2Instances } from '../../src/data/ec2/nodes';
import { JobRegistry, type JobState } from '../../src/data/jobs';
import { commandKeys, keyLabel, keyOf } from '../../src/keys/keymap';
import { modalHints } from '../../src/ui/dialogs/ModalView';
import { ConfirmDialog, confirmHints } from '../../src/ui/dialogs/ConfirmDialog';
import type { ConfirmAnswer } from '../../src/hooks/browserReducer';
import { driver, waitFor } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({ ec2TransitionMs: 300 });
});
after(() => sandbox?.close());
afterEach(() => cleanup());

/** Ink swaps a text field's input handler in an effect after the frame is drawn: let that happen before Enter. */
const handled = () => new Promise<void>((r) => setImmediate(r));
const sent = (op: string) => sandbox.requests.filter((r) => r.op === op).length;
const footer = (frame: string) => frame.split('\n').filter((l) => /Esc cancel/.test(l)).join('\n');

function open(region = 'us-east-1') {
  const jobs = new JobRegistry();
  const session = sandboxSession(sandbox.url, 'dev');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const here = node(ec2Instances, region, region, { region });
  const term = render(<App path={[rootNode([profile]), profile, here]} jobs={jobs} />);
  return { ui: driver(term), term, jobs };
}

const waiter = (jobs: JobRegistry): JobState | undefined => jobs.jobs.find((j) => j.kind === 'waiter');

test('X: one question with Delay 15 s · MaxAttempts 40 and no prompt before it; y stops with those', async () => {
  const { ui, term, jobs } = open();
  await ui.see('web-1');
  const id = /(i-[0-9a-f]+)/.exec(ui.selectedLine() ?? '')![1];
  const stops = sent('StopInstances');
  ui.press('action.stop');
  await ui.see(`Stop ${id} (web-1)? A waiter then watches it until stopped.`);
  assert.match(ui.frame(), /Delay 15 s · MaxAttempts 40/);
  assert.match(footer(ui.frame()), new RegExp(`${keyOf('dialog.settings', 'confirm')} settings`), 'the footer offers the settings');
  assert.ok(!term.frames.some((f) => /Seconds between polls|Polls before giving up/.test(f)), 'no prompt came before the question');
  assert.equal(sent('StopInstances'), stops, 'nothing sent before y');
  ui.press('dialog.yes', 'confirm');
  await ui.until(() => waiter(jobs) !== undefined, 'the waiter job');
  const job = waiter(jobs)!;
  assert.equal(sent('StopInstances'), stops + 1);
  assert.equal(job.total, 40);
  assert.deepEqual(job.request?.wait?.config, { minDelay: 15, maxDelay: 15, maxAttempts: 40 });
  await ui.see(/web-1 → stopped .*\/40 attempts/);
  jobs.cancel(job.id);
});

test('e: MaxAttempts changed (a bad value refused first), the question comes back with it; the code and the job use it', async () => {
  const { ui, jobs } = open('eu-west-1');
  await ui.see('eu-web');
  await ui.selectRow(/eu-web/);
  const stops = sent('StopInstances');
  ui.press('action.stop');
  await ui.see('Delay 15 s · MaxAttempts 40');
  ui.press('dialog.settings', 'confirm');
  await ui.see('Seconds between polls');
  assert.match(ui.frame(), /\b15\b/, 'the value in use is offered');
  await handled();
  ui.press('dialog.submit', 'dialog'); // Delay kept
  await ui.see('Polls before giving up');
  ui.type('\u007f\u007f0');
  await ui.see(/│ 0/);
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Give a whole number from 1 to 10000.');
  ui.type('\u007f7');
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Delay 15 s · MaxAttempts 7');
  assert.match(ui.frame(), /Stop i-[0-9a-f]+ \(eu-web\)\?/, 'the same question, asked again');
  assert.equal(sent('StopInstances'), stops, 'nothing sent while the settings changed');
  // The code view shows the action with the values given.
  ui.press('dialog.code', 'confirm');
  await ui.see('aws ec2 stop-instances');
  // The screen's footer follows: the code view's keys, not the question's y/n under code that has the keys.
  const last = () => ui.frame().trimEnd().split('\n').at(-1)!;
  await ui.until(() => /Esc close/.test(last()), 'the footer to offer the code view\'s keys');
  assert.doesNotMatch(last(), /y yes/);
  ui.press('code.nextTab', 'code');
  await ui.until((f) => /'Delay': 15, 'MaxAttempts': 7/.test(f.replace(/ *│\n *│ ↪ /g, '')), 'MaxAttempts 7 in the boto3 tab');
  ui.press('code.close', 'code');
  await ui.see('Delay 15 s · MaxAttempts 7');
  ui.press('dialog.yes', 'confirm');
  await ui.until(() => waiter(jobs) !== undefined, 'the waiter job');
  const job = waiter(jobs)!;
  assert.equal(sent('StopInstances'), stops + 1);
  assert.equal(job.total, 7);
  assert.deepEqual(job.request?.wait?.config, { minDelay: 15, maxDelay: 15, maxAttempts: 7 });
  await ui.see(/eu-web → stopped .*\/7 attempts/);
  jobs.cancel(job.id);
});

test('e, then Esc in a setting: the question comes back with the values as they were; n sends nothing', async () => {
  const { ui, jobs } = open('ap-southeast-2');
  await ui.see('syd-cache');
  const before = sent('StopInstances');
  ui.press('action.stop');
  await ui.see('Delay 15 s · MaxAttempts 40');
  ui.press('dialog.settings', 'confirm');
  await ui.see('Seconds between polls');
  ui.type('\u007f\u007f3');
  await ui.see(/│ 3/);
  await handled();
  ui.press('dialog.cancel', 'dialog');
  await ui.see('Delay 15 s · MaxAttempts 40');
  assert.doesNotMatch(ui.frame(), /Seconds between polls/);
  ui.press('dialog.no', 'confirm');
  await ui.see('Stop: cancelled, nothing was changed.');
  assert.equal(sent('StopInstances'), before);
  assert.equal(jobs.jobs.length, 0);
});

test('w: a waiter started by hand is asked only its target; the question then shows the settings, y starts it', async () => {
  const { ui, term, jobs } = open();
  await ui.see('worker');
  await ui.selectRow(/worker/);
  ui.press('action.wait');
  await ui.see('Wait until the instance is');
  await handled();
  ui.press('dialog.submit', 'dialog'); // stopped: where a stopped instance is, first
  await ui.see(/Wait for a state: .*\(stopped\)\?/);
  assert.match(ui.frame(), /Delay 15 s · MaxAttempts 40/);
  assert.ok(!term.frames.some((f) => /Seconds between polls/.test(f)), 'no prompt for the settings');
  ui.press('dialog.yes', 'confirm');
  await ui.until(() => waiter(jobs)?.status === 'succeeded', 'the waiter to see it stopped');
  assert.equal(waiter(jobs)!.total, 40);
});

test('the question alone: e answers "settings" only where there are settings (and only then is it offered); a paste or C then y in one burst answers nothing', async () => {
  const answers: ConfirmAnswer[] = [];
  const plain = render(<ConfirmDialog title="Delete" message="Delete a.txt?" resolve={(a) => answers.push(a)} />);
  await waitFor(() => /Delete a\.txt\?/.test(plain.lastFrame() ?? ''), 'the plain question');
  // The dialog draws no keys of its own: the screen's footer says them, with these (modalHints).
  assert.doesNotMatch(plain.lastFrame()!, /settings|y yes/);
  assert.deepEqual(confirmHints(undefined), [], 'no settings offered where there are none');
  plain.stdin.write(commandKeys('dialog.settings', 'confirm'));
  await handled();
  assert.deepEqual(answers, [], 'e does nothing where there is nothing to change');
  // A paste is not an answer, whatever it holds.
  plain.stdin.write('\u001b[200~y\u001b[201~');
  await handled();
  await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(answers, [], 'a pasted y answers nothing');
  plain.stdin.write(commandKeys('dialog.yes', 'confirm') + commandKeys('dialog.yes', 'confirm'));
  await waitFor(() => answers.length > 0, 'the answer');
  await handled();
  assert.deepEqual(answers, [true], 'answered once, though y came twice in one burst');
  plain.unmount();

  const asked: ConfirmAnswer[] = [];
  const code = [{ title: 'Stop (StopInstances)', request: { service: 'ec2', operation: 'StopInstances', input: { InstanceIds: ['i-1'] }, client: { region: 'us-east-1' } } }] as never;
  const withSettings = render(<ConfirmDialog title="Stop" message="Stop i-1?" settings="Delay 15 s · MaxAttempts 40" code={code} resolve={(a) => asked.push(a)} />);
  await waitFor(() => /Delay 15 s · MaxAttempts 40/.test(withSettings.lastFrame() ?? ''), 'the settings under the question');
  assert.deepEqual(confirmHints('Delay 15 s · MaxAttempts 40').map((h) => h.label), ['settings'], 'settings offered where there are some');
  // The code view takes the keys at once: the y that follows C in the same read is not an answer.
  withSettings.stdin.write(commandKeys('dialog.code', 'confirm') + commandKeys('dialog.yes', 'confirm'));
  await waitFor(() => /aws ec2 stop-instances/.test(withSettings.lastFrame() ?? ''), 'the code view');
  await handled();
  assert.deepEqual(asked, []);
  withSettings.stdin.write(commandKeys('code.close', 'code'));
  await waitFor(() => /Stop i-1\?/.test(withSettings.lastFrame() ?? ''), 'the question again');
  await handled();
  withSettings.stdin.write(commandKeys('dialog.settings', 'confirm'));
  await waitFor(() => asked.length > 0, 'the answer');
  assert.deepEqual(asked, ['settings']);
  // The screen's own footer (drawn outside the dialog) gets the same extra key, and only then.
  const question = { kind: 'confirm' as const, title: 'Stop', message: 'Stop i-1?', resolve() {} };
  assert.deepEqual(modalHints({ ...question, settings: 'Delay 15 s' }).map((h) => `${keyLabel(h.key)} ${h.label}`), [`${keyOf('dialog.settings', 'confirm')} settings`]);
  assert.deepEqual(modalHints(question), []);
});

test('Ctrl-K: the typed question shows the settings, Ctrl-O changes them and it asks again; typing the id runs with them', async () => {
  const { ui, jobs } = open();
  await ui.see('web-2');
  await ui.selectRow(/web-2/);
  const id = /(i-[0-9a-f]+)/.exec(ui.selectedLine() ?? '')![1];
  const before = sent('TerminateInstances');
  ui.press('action.terminate');
  await ui.see('Type the instance id to confirm');
  await ui.see('Delay 15 s · MaxAttempts 40');
  assert.match(footer(ui.frame()), new RegExp(`${keyOf('dialog.settings', 'dialog')} settings`), 'the footer offers the settings');
  await handled();
  ui.press('dialog.settings', 'dialog');
  await ui.see('Seconds between polls');
  await handled();
  ui.press('dialog.submit', 'dialog'); // Delay kept
  await ui.see('Polls before giving up');
  ui.type('\u007f\u007f9');
  await ui.see(/│ 9/);
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Delay 15 s · MaxAttempts 9');
  assert.match(ui.frame(), /Type the instance id to confirm/, 'the same typed question, asked again');
  assert.equal(sent('TerminateInstances'), before, 'nothing sent while the settings changed');
  await handled();
  ui.type(id);
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.until(() => waiter(jobs) !== undefined, 'the waiter job');
  const job = waiter(jobs)!;
  assert.equal(sent('TerminateInstances'), before + 1);
  assert.equal(job.total, 9);
  assert.deepEqual(job.request?.wait?.config, { minDelay: 15, maxDelay: 15, maxAttempts: 9 });
  jobs.cancel(job.id);
});
