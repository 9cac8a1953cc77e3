// Profiles and regions switched live in the real UI, against the sandbox over HTTP: p and R pickers,
// :profile, the path kept where it still exists, the MFA code asked in a dialog, and a UI that keeps
// moving while an endpoint does not answer.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { loadAwsConfig } from '../../src/data/profiles';
import { loadAwsnavConfig } from '../../src/data/config';
import { rootNode } from '../../src/data/root';
import { SessionRegistry } from '../../src/data/sessionRegistry';
import { driver } from '../helpers/ink';
import { useAwsEnv } from '../helpers/awsConfig';
import { sandboxProfilesFixture } from '../helpers/sandboxProfiles';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

sandboxProfilesFixture();
afterEach(() => cleanup());

async function app(open?: string) {
  const { profiles, problems } = await loadAwsConfig(process.env);
  const sessions = new SessionRegistry(profiles, {
    config: loadAwsnavConfig(process.env),
    problems,
    maxAttempts: 1,
    timeouts: { credentialsMs: 2_000, requestMs: 1_500, identityMs: 1_500 },
  });
  const root = rootNode(() => sessions.allNodes());
  const path = open ? [root, sessions.node(open)!] : [root];
  const term = render(<App path={path} sessions={sessions} />);
  return { ui: driver(term), sessions };
}

const header = (frame: string) => frame.split('\n')[0];

/**
 * Ink swaps a text field's input handler in an effect after the frame is drawn; like the app's own key
 * stream (ui/keyStream.ts) the test lets that happen (one turn of the event loop) before the next key.
 */
const handled = () => new Promise<void>((r) => setImmediate(r));

/** Types into a text field once it is on screen, then submits what it shows. */
async function typeAndSubmit(ui: ReturnType<typeof driver>, prompt: string, text: string) {
  await ui.see(prompt);
  await handled();
  ui.type(text);
  await ui.see(text);
  await handled();
  ui.press('dialog.submit', 'dialog');
}

/** Moves the cursor down, one row per frame, to the row that matches. */
async function select(ui: ReturnType<typeof driver>, row: RegExp) {
  for (let i = 0; i < 20 && !row.test(ui.selectedLine() ?? ''); i++) {
    const before = ui.selectedLine();
    ui.press('cursor.down');
    await ui.until(() => ui.selectedLine() !== before, 'the cursor to move');
  }
  assert.match(ui.selectedLine() ?? '', row);
}

async function command(ui: ReturnType<typeof driver>, line: string) {
  ui.press('command');
  await typeAndSubmit(ui, 'Command (:help', line);
}

test('p switches profile keeping the path, R switches region, :profile jumps; read-only and account follow', async () => {
  const { ui } = await app('dev');
  await ui.see('account 111111111111');
  ui.press('open');
  await ui.see('dev-logs');
  await select(ui, /dev-logs/);
  ui.press('open');
  await ui.see('dev › s3 › dev-logs');

  ui.press('profile.pick');
  await ui.see('Switch profile');
  ui.type('dev-adm');
  await ui.until((f) => /▸ dev-admin/.test(f), 'dev-admin picked by the filter');
  ui.press('dialog.submit', 'dialog');
  await ui.see('dev-admin › s3 › dev-logs');
  await ui.until((f) => /account 111111111111 {2}creds assumed role/.test(header(f)), 'the assumed role in the header');

  ui.press('region.pick');
  await ui.see('Region for dev-admin');
  ui.type('eu-west-2');
  ui.press('dialog.submit', 'dialog');
  await ui.until((f) => header(f).includes('region eu-west-2'), 'the new region in the header');
  assert.match(ui.frame(), /dev-admin › s3 › dev-logs/, 'the path is kept: S3 buckets are not regional');
  ui.press('back');
  await ui.until(() => /dev-logs/.test(ui.selectedLine() ?? ''), 'back lands on the bucket it came from');
  ui.press('open');
  await ui.see('dev-admin › s3 › dev-logs');

  await command(ui, 'profile prod');
  await ui.until((f) => /profile prod \[read-only\]/.test(header(f)), 'prod, read-only');
  await ui.see('dev-logs is not there; showing s3.');
  assert.match(ui.frame(), /prod › s3/);
  await ui.see('account 222222222222');
});

test('at the root, R moves the selected profile to another region and the listing shows it', async () => {
  const { ui } = await app();
  await ui.see('prod-admin');
  await select(ui, /^\W*prod /);
  ui.press('region.pick');
  await ui.see('Region for prod');
  ui.type('ap-south-1');
  ui.press('dialog.submit', 'dialog');
  await ui.until(() => /prod .*ap-south-1/.test(ui.selectedLine() ?? ''), 'ap-south-1 in the root listing');
});

test('an MFA profile asks for the code in a dialog; the right code shows the role\'s account', async () => {
  const { ui } = await app();
  await ui.see('prod-admin');
  await command(ui, 'profile prod-admin');
  await ui.see('MFA · prod-admin');
  assert.match(ui.frame(), /Code from arn:aws:iam::111111111111:mfa\/dev-user/);
  await typeAndSubmit(ui, 'MFA · prod-admin', '123456');
  await ui.until((f) => /account 222222222222 {2}creds assumed role/.test(header(f)), 'the role\'s account');
});

test('SSO with no token: the status line says to sign in with :login (or aws sso login) for that profile (the header only marks it); nothing hangs', async () => {
  const { ui } = await app('corp-sso');
  await ui.until((f) => /account ✗/.test(header(f)) && !/No valid SSO token/.test(header(f)), 'the header marks the account, no error in it');
  await ui.see(/Account lookup failed: No valid SSO token\./);
  ui.press('open');
  await ui.see('No valid SSO token. Sign in with :login (or aws sso login --profile corp-sso), then retry (r).');
});

test('an STS endpoint that does not answer: the list works and keys move the cursor while the account resolves', async () => {
  const { ui } = await app('silent-sts');
  await ui.see('account resolving…');
  ui.press('open');
  await ui.see('dev-media');
  const first = ui.selectedLine();
  ui.press('cursor.down');
  await ui.until(() => ui.selectedLine() !== first, 'the cursor moved');
  assert.match(header(ui.frame()), /account resolving…/, 'still resolving while the cursor moves');
  await ui.until((f) => /account ✗/.test(header(f)), 'the header marks the account', 4_000);
  await ui.see('Account lookup failed: The endpoint did not answer');
});

test('an S3 endpoint that does not answer: loading…, keys still work, then a clear error', async () => {
  const { ui } = await app('silent');
  ui.press('open');
  await ui.see('loading…');
  ui.press('back');
  await ui.see('SERVICE');
  ui.press('back');
  await ui.see('prod-admin');
  const first = ui.selectedLine();
  ui.press('cursor.down');
  await ui.until(() => ui.selectedLine() !== first, 'the cursor moved at the root');
  await select(ui, /silent /);
  ui.press('open');
  await ui.see('SERVICE');
  ui.press('open');
  await ui.see('loading…');
  await ui.see('The endpoint did not answer in time', 4_000);
});

test('config problems are said at start with file and line; :problems lists them all; the good profiles work', async () => {
  const { tempAwsConfig } = await import('../helpers/awsConfig');
  const bad = tempAwsConfig({
    config: '[profile ok]\nregion = us-east-1\nregion us-west-2\n',
    credentials: '[ok]\naws_access_key_id = A\naws_secret_access_key = B\n',
    awsnav: '[profile ok]\naccent = blood\n',
  });
  const restore = useAwsEnv(bad.env);
  try {
    const { ui } = await app();
    await ui.see(`2 config problems (:problems) · ${bad.env.AWS_CONFIG_FILE} line 3: expected`);
    assert.match(ui.frame(), /▸ ok +static keys/);
    await command(ui, 'problems');
    await ui.see('Config problems');
    await ui.see(`${bad.env.AWSNAV_CONFIG_FILE} line 2: accent "blood" is not a colour`);
  } finally {
    restore();
    bad.cleanup();
  }
});
