// EC2 as a person drives it: launch an instance by keys (AMI, type, Name, waiter settings, confirm) and
// watch the waiter run in the jobs panel while the new row goes from pending to running by itself.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, SANDBOX_ACCOUNTS, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { ec2Instances } from '../../src/data/ec2/nodes';
import { Session } from '../../src/data/session';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({ ec2TransitionMs: 1200 });
});
after(() => sandbox?.close());
afterEach(() => cleanup());

function openRegion(session: Session, region = 'us-east-1') {
  const profile = node(profileNode, session.profile.name, session.profile.name, { session });
  const here = node(ec2Instances, region, region, { region });
  return driver(render(<App path={[rootNode([profile]), profile, here]} />));
}

/** Ink swaps a text field's input handler in an effect after the frame is drawn: let that happen before Enter. */
const handled = () => new Promise<void>((r) => setImmediate(r));

const rowOf = (frame: string, text: string) => frame.split('\n').find((l) => l.includes(text)) ?? '';

test('launch → running: pick an AMI and a type, name it, and the waiter brings the row to running', async () => {
  const ui = openRegion(sandboxSession(sandbox.url, 'dev'));
  await ui.see('web-1');
  ui.press('action.launch');
  await ui.see('al2023-ami');
  ui.press('dialog.submit', 'dialog'); // the first AMI
  await ui.see('t3.nano');
  ui.press('dialog.down', 'dialog');
  ui.press('dialog.submit', 'dialog'); // t3.micro
  await ui.see('Name (the Name tag)');
  ui.type('web-3');
  await ui.see('web-3');
  await handled();
  ui.press('dialog.submit', 'dialog');
  // The whole action in one question: AMI (with its name), type, Name, region; the waiter's settings
  // are boto3's defaults, shown, not asked.
  await ui.until(
    (f) => /Launch an instance in us-east-1: AMI ami-[0-9a-f]+ \(al2023-ami[^)]*\), type t3\.micro, Name "web-3"\?/.test(f.replace(/ *│\n *│ */g, ' ')),
    'the question naming AMI, type, Name and region (joined across the dialog\'s wrap)',
  );
  await ui.see('Delay 15 s · MaxAttempts 40');
  assert.doesNotMatch(ui.frame(), /Seconds between polls/);
  ui.press('dialog.settings', 'confirm');
  await ui.see('Seconds between polls');
  ui.type('\u007f\u007f0.2');
  await ui.see('0.2');
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Polls before giving up');
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Delay 0.2 s · MaxAttempts 40');
  ui.press('dialog.yes', 'confirm');
  await ui.until((f) => /web-3.*pending/.test(rowOf(f, 'web-3')), 'the new row, pending');
  await ui.until((f) => /⟳ .*web-3 → running \[.*\] [1-9]\/40 attempts/.test(f), 'the waiter polling: attempt n of 40');
  assert.match(rowOf(ui.frame(), 'web-3'), /t3\.micro/);
  // No refresh pressed: the waiter's polls update the row.
  await ui.until((f) => /web-3.*running/.test(rowOf(f, 'web-3 ')) && /✔ .*web-3 → running/.test(f), 'running, and the run succeeded', 8000);
  assert.match(ui.frame(), /✔ .*web-3 → running .* ([2-9]|\d\d)\/40 attempts/, 'more than one poll: it was pending first');
});

test(':state filters server-side; the filter shows in the breadcrumb and Esc takes it off', async () => {
  const ui = openRegion(sandboxSession(sandbox.url, 'dev'), 'eu-west-1');
  await ui.see('eu-reports');
  ui.press('command');
  await ui.see('Command');
  ui.type('state stopped');
  await ui.see('state stopped');
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('eu-west-1 state=stopped');
  await ui.until((f) => f.includes('eu-reports') && !f.includes('eu-web'), 'only the stopped instance');
  ui.press('back');
  await ui.until((f) => f.includes('eu-web') && !f.includes('state=stopped'), 'unfiltered again');
});

test('stop, then cancel its waiter in the jobs panel: cancelled, one look at where it is now, no poll after', async () => {
  const ui = openRegion(sandboxSession(sandbox.url, 'dev'), 'ap-southeast-2');
  await ui.see('syd-cache');
  ui.press('action.stop');
  await ui.see('Stop i-');
  await ui.see('Delay 15 s · MaxAttempts 40'); // 15 s: the run will be mid-sleep
  ui.press('dialog.yes', 'confirm');
  await ui.until((f) => /syd-cache.*stopping/.test(rowOf(f, 'syd-cache')), 'the row says stopping at once');
  await ui.see(/next poll in 1[45]s/);
  ui.press('jobs.focus');
  await ui.see('c cancel');
  // Counted from the cancel on: the listing's own refresh after the stop may land before it, at any time.
  const cancelledAt = Date.now();
  ui.press('jobs.cancel', 'jobs');
  await ui.see(/⊘ .*syd-cache → stopped/);
  // One look after the cancel (the row says where it is now), and no poll after it.
  await ui.see(/cancelled; now st/); // stopping or stopped, cut at 100 columns
  assert.equal(sandbox.requests.filter((r) => r.op === 'DescribeInstances' && r.at >= cancelledAt).length, 1, 'one look after the cancel, no poll');
  // The job's code: the state change and its waiter, with the settings it ran with.
  ui.press('jobs.code', 'jobs');
  await ui.see('aws ec2 stop-instances');
  await ui.see('aws ec2 wait instance-stopped');
  ui.press('code.close', 'code');
  await ui.until((f) => !f.includes('code ·'), 'the code view closed');
});

test('read-only: launch, stop and terminate are not offered', async () => {
  const a = SANDBOX_ACCOUNTS.find((x) => x.name === 'prod')!;
  const ro = new Session({ name: 'prod', kind: 'static keys', source: 'file', region: a.region }, a.region, {
    readonly: true,
    endpoints: { flag: sandbox.url },
    clientConfig: { credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey } },
  });
  const ui = openRegion(ro, 'eu-west-1');
  await ui.see('prod-web-a');
  assert.doesNotMatch(ui.frame(), /n launch|X stop|terminate/);
  assert.match(ui.frame(), /w wait for a state/);
  ui.press('action.launch');
  await ui.see('read-only');
});

test('all regions: every region\'s instances in one listing; launch asks for one region instead', async () => {
  const session = sandboxSession(sandbox.url, 'dev');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const all = node(ec2Instances, '*', 'all regions', {});
  const ui = driver(render(<App path={[rootNode([profile]), profile, all]} />));
  await ui.until((f) => f.includes('eu-reports') && f.includes('syd-cache') && f.includes('web-1'), 'instances from three regions');
  ui.press('action.launch');
  await ui.see('Not here: open one region to launch into it.');
});

test('a confirmation shows its action as code with the waiter settings given (C), and Esc comes back to the question', async () => {
  // Answered no at the end: nothing is sent, so the other tests' instances are untouched.
  const ui = openRegion(sandboxSession(sandbox.url, 'dev'));
  await ui.see('web-1');
  const id = /(i-[0-9a-f]+)/.exec(ui.selectedLine() ?? '')![1];
  ui.press('action.reboot');
  await ui.see('Delay 15 s · MaxAttempts 40');
  ui.press('dialog.settings', 'confirm');
  await ui.see('Seconds between polls');
  ui.type('\u007f\u007f3');
  await ui.see(/\b3\b/);
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Polls before giving up');
  ui.type('\u007f\u007f7');
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('this action as AWS CLI, boto3 and JS SDK code');
  ui.press('dialog.code', 'confirm');
  await ui.see('aws ec2 reboot-instances');
  assert.match(ui.frame(), new RegExp(`--instance-ids ${id}`));
  // y does not answer a question that is not on screen.
  const reboots = () => sandbox.requests.filter((r) => r.op === 'RebootInstances').length;
  const before = reboots();
  ui.type('y');
  ui.press('code.nextTab', 'code');
  // Long lines are folded (↪): join them back before reading the waiter's settings.
  await ui.until((f) => /'Delay': 3, 'MaxAttempts': 7/.test(f.replace(/ *│\n *│ ↪ /g, '')), 'the chosen Delay and MaxAttempts in the boto3 tab');
  assert.equal(reboots(), before, 'nothing sent while the code was shown');
  ui.press('code.close', 'code');
  await ui.see('this action as AWS CLI, boto3 and JS SDK code');
  ui.press('dialog.no', 'confirm');
  await ui.until((f) => !f.includes('this action as AWS CLI'), 'the question answered no');
  assert.equal(reboots(), before);
});

test('a terminated instance is offered no start, stop or reboot: the key says why, nothing is asked or sent', async () => {
  const ui = openRegion(sandboxSession(sandbox.url, 'dev'));
  await ui.see('old-bastion');
  await ui.selectRow(/old-bastion/);
  await ui.until(() => /old-bastion.*terminated/.test(ui.selectedLine() ?? ''), 'the terminated instance selected');
  const footer = () => ui.frame().split('\n').at(-1) ?? '';
  assert.doesNotMatch(footer(), /X stop|S start|B reboot/);
  const sent = () => sandbox.requests.filter((r) => /^(Start|Stop|Reboot)Instances$/.test(r.op)).length;
  const before = sent();
  ui.press('action.stop');
  await ui.see('Not here: stop needs an instance that is pending or running; this one is terminated.');
  assert.doesNotMatch(ui.frame(), /Seconds between polls/);
  ui.press('action.start');
  await ui.see('Not here: start needs an instance that is stopped; this one is terminated.');
  assert.equal(sent(), before);
});
