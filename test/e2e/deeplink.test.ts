// Deep links from the command line: `awsnav s3://bucket/prefix/` and `--path PROFILE/SERVICE/…` open
// there (the built CLI, in tmux); what cannot be opened is said before anything starts.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { hasTmux, TmuxSession } from '../helpers/tmux';

const sessions: TmuxSession[] = [];
after(() => sessions.forEach((s) => s.kill()));
const noTmux = !hasTmux && 'tmux is not installed';
const env = { AWSNAV_LOG_FILE: '/dev/null' };

test('an S3 URL opens its folder, Esc goes up a folder at a time', { skip: noTmux }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox --profile dev s3://dev-logs/raw/', { cols: 120, rows: 30, env });
  sessions.push(t);
  await t.see('dev › s3 › dev-logs › raw/');
  await t.see('event-00000.json');
  t.keys('Escape');
  await t.see(/dev › s3 › dev-logs\s*\n/);
  await t.see('raw/');
});

test('--path opens a region\'s instances', { skip: noTmux }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox --path dev/ec2/us-east-1', { cols: 120, rows: 30, env });
  sessions.push(t);
  await t.see('dev › ec2 › us-east-1');
  await t.see('web-1');
});

test('a path to a profile that does not exist is said before the UI starts, exit 2', { skip: noTmux }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox --path nobody/s3', { cols: 120, rows: 30, env });
  sessions.push(t);
  const screen = await t.see('[exited 2]');
  assert.match(screen, /awsnav: No profile "nobody" in the AWS config files\./);
});

test('what is not a link is refused with the usage, escaped', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const odd = run('ftp://x\u001b]0;t\u0007');
  assert.notEqual(odd.status, 0);
  assert.match(odd.stderr, /"ftp:\/\/x\\e\]0;t\\x07" is not something awsnav opens/);
  assert.doesNotMatch(odd.stderr, /\u001b/);
});
