// End-to-end: launch an instance in the built CLI against its own sandbox, in tmux, and watch the
// waiter bring the new row from pending to running without a refresh.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { hasTmux, TmuxSession } from '../helpers/tmux';

const sessions: TmuxSession[] = [];
after(() => sessions.forEach((s) => s.kill()));

const rowOf = (screen: string, text: string) => screen.split('\n').find((l) => l.includes(text)) ?? '';

test('launch → running in a real terminal', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox', {
    cols: 160,
    rows: 40,
    env: { AWSNAV_LOG_FILE: '/dev/null', AWSNAV_SANDBOX_EC2_DELAY_MS: '2000' },
  });
  sessions.push(t);
  await t.see('prod');
  t.keys('Enter'); // dev
  await t.see('ec2');
  t.text('/');
  t.text('ec2');
  t.keys('Enter');
  await t.see(/▸ ec2/);
  t.keys('Enter'); // regions
  await t.see('all regions');
  t.keys('Enter'); // us-east-1, the current region, first
  await t.see('web-1');
  t.text('n');
  await t.see('al2023-ami');
  t.keys('Enter');
  await t.see('t3.nano');
  t.keys('Down', 'Enter'); // t3.micro
  await t.see('Name (the Name tag)');
  t.text('e2e-web');
  await t.see('e2e-web');
  t.keys('Enter');
  // The waiter's settings are not asked first: the question shows them, e changes them.
  await t.see('Launch an instance in us-east-1: AMI ami-');
  await t.see('Delay 15 s · MaxAttempts 40');
  t.text('e');
  await t.see('Seconds between polls');
  t.keys('BSpace', 'BSpace');
  t.text('0.5');
  await t.see(/│ 0\.5\s/);
  t.keys('Enter');
  await t.see('Polls before giving up');
  t.keys('Enter');
  await t.see('Delay 0.5 s · MaxAttempts 40');
  t.text('y');
  const pending = await t.see(/e2e-web\s+pending/);
  assert.match(pending, /⟳ .*e2e-web → running/);
  const done = await t.see(/✔ .*e2e-web → running/, 20_000);
  assert.match(rowOf(done, 'e2e-web  '), /running/);
  assert.match(done, /running after \d+ attempts/);
  t.keys('q');
  await t.see('[exited 0]');
});
