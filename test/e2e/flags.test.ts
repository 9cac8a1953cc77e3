// The built CLI's flags and environment: bad values explained before anything starts, --profile /
// AWS_PROFILE / AWS_REGION honoured, the sandbox's prod read-only in red, NO_COLOR.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { hasTmux, TmuxSession } from '../helpers/tmux';
import { tempAwsConfig } from '../helpers/awsConfig';

const sessions: TmuxSession[] = [];
const temps: { cleanup(): void }[] = [];
after(() => {
  sessions.forEach((s) => s.kill());
  temps.forEach((t) => t.cleanup());
});
const noTmux = !hasTmux && 'tmux is not installed';

/** The screen with its colours (SGR sequences), which plain capture-pane drops. */
const coloured = (t: TmuxSession) => execFileSync('tmux', ['capture-pane', '-p', '-e', '-t', t.name], { encoding: 'utf8' });

function run(...args: string[]) {
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', env: { ...process.env, AWSNAV_LOG_FILE: '/dev/null' } });
}

test('bad flag values are explained, with the usage, before anything starts', () => {
  const region = run('--region', 'moon-1');
  assert.notEqual(region.status, 0);
  assert.match(region.stderr, /--region <region>' argument 'moon-1' is invalid\. Expected a region name such as eu-west-1\./);
  assert.match(region.stderr, /Usage: awsnav/);
  const endpoint = run('--endpoint-url', 'localhost:4566');
  assert.notEqual(endpoint.status, 0);
  assert.match(endpoint.stderr, /must start with http:\/\/ or https:\/\//);
  assert.match(run('--version').stdout, /^\d+\.\d+\.\d+/);
  assert.match(run('--help').stdout, /--profile <name>[\s\S]*--region <region>[\s\S]*--endpoint-url <url>[\s\S]*--readonly[\s\S]*--sandbox/);
});

test('the sandbox ships prod read-only with a red accent; dev is neither', { skip: noTmux }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox --profile prod', { cols: 140, rows: 30, env: { AWSNAV_LOG_FILE: '/dev/null' } });
  sessions.push(t);
  await t.see('profile prod [read-only]');
  await t.see('account 222222222222');
  // Ink writes red as SGR 31 (tmux may report it as 31 or 38;5;1).
  assert.match(coloured(t).split('\n')[0], /\u001b\[(?:[0-9;]*;)?(31|38;5;1)m[^\u001b]*prod/);
  t.keys('p');
  await t.see('Switch profile');
  t.text('dev-adm');
  await t.see(/▸ dev-admin/);
  t.keys('Enter');
  await t.see('creds assumed role');
  assert.doesNotMatch(t.screen().split('\n')[0], /read-only/);
  t.keys('q');
  await t.see('[exited 0]');
});

test('NO_COLOR: not one colour on the screen, and read-only still says so', { skip: noTmux }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox --profile prod', { cols: 140, rows: 30, env: { AWSNAV_LOG_FILE: '/dev/null', NO_COLOR: '1' } });
  sessions.push(t);
  await t.see('account 222222222222');
  assert.match(t.screen(), /profile prod \[read-only\]/);
  assert.doesNotMatch(coloured(t), /\u001b\[[0-9;]*m/);
  t.keys('q');
  await t.see('[exited 0]');
});

test('AWS_PROFILE and AWS_REGION choose the profile and region; a missing profile is named with the files read', { skip: noTmux }, async () => {
  const files = tempAwsConfig({
    config: '[profile work]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9\n',
    credentials: '[work]\naws_access_key_id = AKIAWORK\naws_secret_access_key = s\n',
  });
  temps.push(files);
  const env = { ...(files.env as Record<string, string>), AWSNAV_LOG_FILE: '/dev/null', AWS_EC2_METADATA_DISABLED: 'true' };
  const t = new TmuxSession('node dist/cli.js', { cols: 140, rows: 30, env: { ...env, AWS_PROFILE: 'work', AWS_REGION: 'ap-south-1' } });
  sessions.push(t);
  await t.see('profile work  region ap-south-1');
  await t.see('endpoint http://127.0.0.1:9');
  t.keys('q');
  await t.see('[exited 0]');

  const missing = new TmuxSession('node dist/cli.js', { cols: 140, rows: 30, env: { ...env, AWS_PROFILE: 'nope' } });
  sessions.push(missing);
  const screen = await missing.see('[exited 2]');
  assert.match(screen.replace(/\n/g, ''), /AWS_PROFILE names "nope", which is in neither .*config nor .*credentials/);
  assert.match(screen, /Profiles: work/);
});
