// Every way out restores the terminal: q, Ctrl-C, SIGTERM and an uncaught exception leave the
// alternate screen and show the cursor; a crash writes a log and says where it is.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { hasTmux, TmuxSession } from '../helpers/tmux';
import { waitFor } from '../helpers/ink';

const sessions: TmuxSession[] = [];
after(() => sessions.forEach((s) => s.kill()));
const skip = !hasTmux && 'tmux is not installed';

async function started(env: Record<string, string> = {}, checkAlternate = true) {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-exit-'));
  const logFile = join(dir, 'awsnav.log');
  const t = new TmuxSession('node dist/cli.js --sandbox', { cols: 120, rows: 30, env: { AWSNAV_LOG_FILE: logFile, ...env } });
  sessions.push(t);
  await t.see('prod');
  if (checkAlternate) assert.equal(t.state().alternate, true, 'the UI draws on the alternate screen');
  return { t, logFile };
}

async function assertRestored(t: TmuxSession, code: number) {
  const screen = await t.see(`[exited ${code}]`);
  const s = t.state();
  assert.equal(s.alternate, false, 'left the alternate screen');
  assert.equal(s.cursor, true, 'cursor shown');
  assert.ok(!screen.includes('PROFILE'), 'the UI is gone from the screen');
  return screen;
}

test('q quits and restores the terminal', { skip }, async () => {
  const { t } = await started();
  t.keys('q');
  await assertRestored(t, 0);
});

test('Ctrl-C quits and restores the terminal', { skip }, async () => {
  const { t } = await started();
  t.keys('Enter');
  await t.see('s3');
  t.keys('C-c');
  await assertRestored(t, 0);
});

test('SIGTERM quits and restores the terminal', { skip }, async () => {
  const { t } = await started();
  const pid = t.childPid();
  assert.ok(pid, 'found the awsnav process');
  process.kill(pid!, 'SIGTERM');
  await assertRestored(t, 0);
});

test('an uncaught exception restores the terminal, writes a log and says where', { skip }, async () => {
  // The crash comes 300 ms after start: on a busy machine it may already be over when 'prod' is seen.
  const { t, logFile } = await started({ AWSNAV_TEST_CRASH: '1' }, false);
  const screen = await assertRestored(t, 70);
  assert.match(screen, /awsnav stopped after an unexpected error: test crash requested/);
  assert.ok(screen.replace(/\s+/g, '').includes(`Detailswerewrittento${logFile}`), screen);
  await waitFor(() => existsSync(logFile), 'the log file');
  assert.match(readFileSync(logFile, 'utf8'), /crash: Error: test crash requested[\s\S]*at /);
  assert.ok(!/\n\s+at /.test(screen), 'no stack trace on the screen');
});

test('when the terminal goes away (window closed), awsnav exits instead of spinning', { skip }, async () => {
  const { t } = await started();
  t.keys('Enter');
  await t.see('s3');
  const pid = t.childPid();
  assert.ok(pid, 'found the awsnav process');
  t.kill();
  const alive = () => {
    try {
      process.kill(pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  await waitFor(() => !alive(), 'awsnav to exit after its terminal closed', 10_000);
});

test('CI=true in the environment (a dev container, a tmux started by a CI job) still draws live frames', { skip }, async () => {
  // Ink draws only the last frame when it believes it runs in CI: without awsnav's guard the screen stays blank.
  const { t } = await started({ CI: 'true', CONTINUOUS_INTEGRATION: '1' });
  // …and in colour: chalk turns colour off whenever a CI variable exists.
  const coloured = execFileSync('tmux', ['capture-pane', '-e', '-p', '-t', t.name], { encoding: 'utf8' });
  assert.match(coloured, /\u001b\[[0-9;]*m/, 'colours on the screen');
  t.keys('Enter');
  await t.see('s3');
  t.keys('q');
  await assertRestored(t, 0);
});
