// A day's work in a real terminal (issue 13), at 80×24 and 160×45: marks → one bulk delete (the
// sandbox's keys compared as sets before and after), Y → OSC 52 → tmux's buffer, the `:` line's Tab,
// and the jobs strip with the running job first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { hasTmux, TmuxSession } from '../helpers/tmux';
import { SANDBOX_ACCOUNTS } from '../../src/sandbox/index';

const sessions: TmuxSession[] = [];
const dirs: string[] = [];
after(() => {
  sessions.forEach((s) => s.kill());
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const skip = !hasTmux && 'tmux is not installed';

function start(cols: number, rows: number, env: Record<string, string> = {}) {
  const t = new TmuxSession('node dist/cli.js --sandbox', { cols, rows, env: { AWSNAV_LOG_FILE: '/dev/null', ...env } });
  sessions.push(t);
  return t;
}

async function keysUnder(endpoint: string, prefix: string): Promise<Set<string>> {
  const a = SANDBOX_ACCOUNTS.find((x) => x.name === 'dev')!;
  const s3 = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey } });
  const out = await s3.send(new ListObjectsV2Command({ Bucket: 'dev-logs', Prefix: prefix }));
  return new Set((out.Contents ?? []).map((o) => o.Key!));
}

async function intoDay(t: TmuxSession) {
  await t.see('dev');
  t.keys('Enter'); // dev
  await t.see('s3');
  t.keys('Enter');
  await t.see('dev-logs');
  t.text('/dev-logs');
  t.keys('Enter', 'Enter');
  await t.see('2024/');
  // Wait for each screen by its breadcrumb: the months and the days both start with `01/`.
  t.keys('Enter');
  await t.see(/› 2024\/\s*$/m);
  await t.see(/▸ 01\//);
  t.keys('Enter');
  await t.see(/› 2024\/ › 01\/\s*$/m);
  await t.see(/▸ 01\//);
  t.keys('Enter');
  await t.see(/▸ api-/);
}

for (const [cols, rows] of [[80, 24], [160, 45]] as const) {
  test(`${cols}×${rows}: three rows marked, one confirmation, exactly those three keys gone`, { skip }, async () => {
    const t = start(cols, rows);
    await intoDay(t);
    const endpoint = /endpoint (http:\/\/127\.0\.0\.1:\d+)/.exec(t.screen())![1];
    const before = await keysUnder(endpoint, '2024/01/01/');
    t.keys('Space', 'Space', 'Space');
    await t.see('3 marked');
    const marked = t.screen().split('\n').filter((l) => /^.●/.test(l)).map((l) => /(api-\S+\.log)/.exec(l)![1]);
    assert.equal(marked.length, 3);
    t.keys('C-d');
    await t.see('3 marked rows');
    assert.ok(!t.screen().includes('Enter accept'));
    t.text('y');
    await t.see('Deleted 3 of 3 objects');
    const afterKeys = await keysUnder(endpoint, '2024/01/01/');
    const gone = [...before].filter((k) => !afterKeys.has(k)).sort();
    assert.deepEqual(gone, marked.map((m) => `2024/01/01/${m}`).sort());
    assert.equal(afterKeys.size, before.size - 3);
    for (const line of t.screen().split('\n')) assert.ok(line.length <= cols);
  });

  test(`${cols}×${rows}: Y copies the s3:// URI through OSC 52 into tmux's buffer; : completes with Tab`, { skip }, async () => {
    execFileSync('tmux', ['set', '-s', 'set-clipboard', 'on']);
    const t = start(cols, rows);
    await intoDay(t);
    const selected = /▸ (api-\S+\.log)/.exec(t.screen())![1];
    t.text('Y');
    await t.see('Copy to the clipboard');
    t.keys('Down', 'Down', 'Enter'); // name, key, then the s3:// URI
    await t.see('Copied s3://dev-logs/');
    const buffer = execFileSync('tmux', ['show-buffer'], { encoding: 'utf8' });
    assert.equal(buffer, `s3://dev-logs/2024/01/01/${selected}`);
    t.text(':');
    await t.see('Command (:help');
    t.text('pagesi');
    t.keys('Tab');
    await t.see(/^:pagesize/m);
    t.text('200');
    t.keys('Enter');
    await t.see('Pages of 200');
  });
}

test('160×45: the jobs strip lists the running waiter first, then the finished download', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-day-'));
  dirs.push(dir);
  const t = start(160, 45, { AWSNAV_SANDBOX_EC2_DELAY_MS: '600000' });
  await intoDay(t);
  t.text('d');
  await t.see('Save to');
  t.keys('C-u');
  t.text(join(dir, 'one.log'));
  t.keys('Enter');
  await t.see(/✔ download .* · succeeded/);
  // Back up to the profiles, one level at a time (the s3 list's filter goes first).
  for (const crumb of [/› 2024\/ › 01\/\s*$/m, /› dev-logs › 2024\/\s*$/m, /› dev-logs\s*$/m, /› s3\s*$/m, /▸ dev-hostile/, /▸ s3/, /▸ dev\s/]) {
    t.keys('Escape');
    await t.see(crumb);
  }
  t.keys('Enter');
  await t.see('ec2');
  t.keys('Down');
  await t.see(/▸ ec2/);
  t.keys('Enter');
  await t.see(/› ec2\s*$/m);
  t.text('/us-east-1');
  t.keys('Enter');
  await t.see(/▸ us-east-1/);
  t.keys('Enter');
  await t.see('web-1');
  t.text('X');
  // One question, the waiter's settings in it: no prompt before it.
  await t.see('Delay 15 s · MaxAttempts 40');
  t.text('y');
  await t.see(/jobs \(2, 1 running\)/);
  const strip = t.screen().split('\n').filter((l) => /^[⟳✔✖⏱⊘]/.test(l));
  assert.match(strip[0], /web-1 → stopped/, strip.join('\n'));
  assert.match(strip[1], /download/, strip.join('\n'));
});
