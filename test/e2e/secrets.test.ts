// Secrets (issue 6): a whole session runs with known secret values in the config files and in the
// environment; no screen, nor the log file, nor crash output, contains any of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, SANDBOX_ACCOUNTS, type Sandbox } from '../../src/sandbox/index';
import { hasTmux, TmuxSession } from '../helpers/tmux';

const skip = !hasTmux && 'tmux is not installed';
const SECRETS = {
  file: 'FILESECRETfile0123456789abcdefghijklmnopqrs',
  fileToken: 'FILETOKENtoken0123456789abcdefghijklmnop',
  env: 'ENVSECRETenv0123456789abcdefghijklmnopqrstu',
  envToken: 'ENVTOKENtoken0123456789abcdefghijklmnopqr',
};
let sandbox: Sandbox;
let dir: string;
const sessions: TmuxSession[] = [];

before(async () => {
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'awsnav-secrets-'));
  const dev = SANDBOX_ACCOUNTS.find((a) => a.name === 'dev')!;
  writeFileSync(join(dir, 'config'), `[profile work]\nregion = us-east-1\nendpoint_url = ${sandbox.url}\n`);
  writeFileSync(
    join(dir, 'credentials'),
    `[work]\naws_access_key_id = ${dev.accessKeyId}\naws_secret_access_key = ${SECRETS.file}\naws_session_token = ${SECRETS.fileToken}\n`,
  );
});
after(async () => {
  sessions.forEach((s) => s.kill());
  await sandbox?.close();
});

function start(logFile: string, extra: Record<string, string> = {}) {
  const dev = SANDBOX_ACCOUNTS.find((a) => a.name === 'dev')!;
  const t = new TmuxSession('node dist/cli.js', {
    cols: 140,
    rows: 40,
    env: {
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_ACCESS_KEY_ID: dev.accessKeyId,
      AWS_SECRET_ACCESS_KEY: SECRETS.env,
      AWS_SESSION_TOKEN: SECRETS.envToken,
      AWS_ENDPOINT_URL: sandbox.url,
      AWS_REGION: 'us-east-1',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWSNAV_LOG_FILE: logFile,
      ...extra,
    },
  });
  sessions.push(t);
  return t;
}

function assertClean(where: string, text: string) {
  for (const [name, value] of Object.entries(SECRETS)) {
    // Also a secret cut across a line break or truncated by the table: look for a long piece of it.
    assert.ok(!text.includes(value.slice(0, 16)), `${where} shows the ${name} secret`);
  }
}

test('browsing with secrets in files and env shows none of them anywhere', { skip }, async () => {
  const logFile = join(dir, 'browse.log');
  const t = start(logFile);
  const screens: string[] = [];
  const look = async (what: string | RegExp) => screens.push(await t.see(what));
  await look('work');
  t.text('y'); // raw view of the selected profile
  await look('raw ·');
  t.keys('Escape');
  t.text('?');
  await look('Browsing');
  t.keys('Escape');
  // The breadcrumb line exactly: a prefix of a deeper path must not count as being there.
  const at = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm');
  for (const profile of ['environment', 'work']) {
    t.text('/');
    t.text(profile);
    t.keys('Enter');
    await look(new RegExp(`▸ ${profile}`));
    t.keys('Enter');
    await look(at(profile));
    t.keys('Enter');
    await look('dev-media');
    t.text('/');
    t.text('dev-private');
    t.keys('Enter');
    await look('▸ dev-private');
    t.keys('Enter');
    await look('Access denied');
    t.keys('Escape'); // back to the buckets (still filtered)
    await look(at(`${profile} › s3`));
    t.keys('Escape'); // clear the filter
    await look('dev-media');
    t.text('/');
    t.text('dev-media');
    t.keys('Enter');
    await look('▸ dev-media');
    t.keys('Enter');
    await look(at(`${profile} › s3 › dev-media`));
    await look(/[1-9]\d* loaded/);
    t.keys('Enter'); // README.md: a leaf, nothing opens
    t.text('y');
    await look('raw · README.md');
    t.keys('Escape');
    t.text(':');
    await look('Command');
    t.text('no-such-command');
    t.keys('Enter');
    await look('Unknown command');
    // One Esc at a time, each waited for.
    t.keys('Escape'); // back to the buckets, still filtered
    await look(at(`${profile} › s3`));
    t.keys('Escape'); // clear the filter
    await look('dev-private');
    t.keys('Escape'); // back to the services
    await look(at(profile));
    t.keys('Escape'); // back to the profiles (still filtered)
    await look(at('profiles'));
    t.keys('Escape'); // clear the filter
    await look(/^ {2}work/m);
  }
  t.text('q');
  await look('[exited 0]');
  for (const s of screens) assertClean('a screen', s);
  if (existsSync(logFile)) assertClean('the log file', readFileSync(logFile, 'utf8'));
});

test('a crash with secrets in files and env: crash output and log hold none of them', { skip }, async () => {
  const logFile = join(dir, 'crash.log');
  const t = start(logFile, { AWSNAV_TEST_CRASH: '1' });
  const screen = await t.see('[exited 70]');
  assert.match(screen, /Details were written to/);
  assertClean('the crash output', screen);
  assert.ok(existsSync(logFile), 'the crash log was written');
  assertClean('the crash log', readFileSync(logFile, 'utf8'));
});
