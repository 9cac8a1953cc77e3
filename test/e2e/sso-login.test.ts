// The SSO device sign-in in a real terminal against the sandbox: the profile says it is not signed in
// and names :login; :login shows the page and the code; approving on that page (as a person would in a
// browser) signs in, the header says SSO, and the first buckets are listed. The person's own home gets
// no token: the sandbox keeps its cache beside its temporary files.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTmux, TmuxSession } from '../helpers/tmux';

const sessions: TmuxSession[] = [];
const home = mkdtempSync(join(tmpdir(), 'awsnav-e2e-home-'));
after(() => {
  sessions.forEach((s) => s.kill());
  rmSync(home, { recursive: true, force: true });
});
const noTmux = !hasTmux && 'tmux is not installed';

test(':login from the prompt to the first bucket listed', { skip: noTmux }, async () => {
  // AWSNAV_SANDBOX_SSO_POLLS=0: only the verification page approves, so the test is the person.
  const t = new TmuxSession('node dist/cli.js --sandbox --profile dev-sso', {
    cols: 160,
    rows: 30,
    // No browser here (as over ssh), so nothing is offered: the page is the person's to open.
    env: { AWSNAV_LOG_FILE: '/dev/null', AWSNAV_SANDBOX_SSO_POLLS: '0', HOME: home, BROWSER: '', DISPLAY: '', WAYLAND_DISPLAY: '' },
  });
  sessions.push(t);
  await t.see('Sign in with :login (or aws sso login --profile dev-sso)');
  t.text(':login');
  t.keys('Enter');
  const screen = await t.see(/open (http:\/\/127\.0\.0\.1:\d+\/sandbox-sso\/device\?user_code=[A-Z]{4}-[A-Z]{4})/);
  const url = /open (http:\/\/127\.0\.0\.1:\d+\/sandbox-sso\/device\?user_code=([A-Z]{4}-[A-Z]{4}))/.exec(screen)!;
  assert.match(screen, new RegExp(`⟳ Sign in · dev-sso .*code ${url[2]} · expires in (9m|10m)`));
  assert.match(screen, new RegExp(`Sign in: code ${url[2]} · open`));
  // Still pending: nobody has approved yet.
  assert.doesNotMatch(screen, /creds SSO/);
  // The code goes to the clipboard from the jobs panel (OSC 52, which tmux keeps with set-clipboard on).
  execFileSync('tmux', ['set', '-s', 'set-clipboard', 'on']);
  t.keys('Tab');
  await t.see('Tab back');
  t.text('Y');
  await t.see(`Copied ${url[2]} (OSC 52).`);
  assert.equal(execFileSync('tmux', ['show-buffer'], { encoding: 'utf8' }), url[2]);
  t.text('o');
  await t.see('No browser here: open http://127.0.0.1:');
  t.keys('Tab');
  const page = await fetch(url[1], { method: 'POST' });
  assert.match(await page.text(), new RegExp(`Request ${url[2]} approved`));
  await t.see('Signed in: profile dev-sso.');
  await t.see(/account 111111111111 +creds SSO/);
  t.keys('Enter'); // s3
  await t.see('dev-logs');
  await t.see('dev-versioned');
  assert.equal(existsSync(join(home, '.aws')), false, 'the person\'s home has no token');
  t.keys('q');
});

test('where there is a browser, :login offers to open the page; the "browser" approves and the header says SSO', { skip: noTmux }, async () => {
  // A stand-in browser ($BROWSER): it does what the person would, approve the code on the page it is given.
  const browser = join(home, 'browser.sh');
  writeFileSync(browser, '#!/bin/sh\nexec curl -s -X POST "$1" > /dev/null\n', { mode: 0o755 });
  const t = new TmuxSession('node dist/cli.js --sandbox --profile dev-sso', {
    cols: 160,
    rows: 30,
    env: { AWSNAV_LOG_FILE: '/dev/null', AWSNAV_SANDBOX_SSO_POLLS: '0', HOME: home, BROWSER: browser },
  });
  sessions.push(t);
  await t.see('Sign in with :login');
  t.text(':login');
  t.keys('Enter');
  await t.see(/Open the sign-in page in the browser\? Check that it shows the code [A-Z]{4}-[A-Z]{4}\./);
  t.text('y');
  await t.see(/account 111111111111 +creds SSO/);
  t.keys('q');
});
