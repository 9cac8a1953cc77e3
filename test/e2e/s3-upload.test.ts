// End-to-end: an upload from the UI of the built CLI, in tmux, against its own sandbox: the path is
// typed, the confirmation answered, and the job watched to its end; then the object is in the listing
// and the same upload again asks before replacing it. The key is pressed through the keymap.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTmux, TmuxSession } from '../helpers/tmux';
import { commandFor, keyBytes, keymap } from '../../src/keys/keymap';

const sessions: TmuxSession[] = [];
const dir = mkdtempSync(join(tmpdir(), 'awsnav-e2e-upload-'));
after(() => {
  sessions.forEach((s) => s.kill());
  rmSync(dir, { recursive: true, force: true });
});

/** The first key of the binding that really reaches the command (another binding may share a key). */
function pressFor(command: string): string {
  const b = keymap.find((x) => x.command === command && x.scope === 'browse')!;
  return keyBytes(b.keys.find((k) => commandFor('browse', k) === command)!);
}

test('upload a 24 MiB file into dev-media/uploads/ and watch the job to the end', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const file = join(dir, 'e2e upload.bin');
  writeFileSync(file, randomBytes(24 * 1024 * 1024));
  const t = new TmuxSession('node dist/cli.js --sandbox', { cols: 140, rows: 40, env: { AWSNAV_LOG_FILE: '/dev/null' } });
  sessions.push(t);
  await t.see('prod');
  t.keys('Enter'); // dev
  await t.see('s3');
  t.keys('Enter');
  await t.see('dev-media');
  t.text('/');
  t.text('dev-media');
  t.keys('Enter');
  await t.see(/▸\s+dev-media/);
  t.keys('Enter');
  await t.see('uploads/');
  t.text('/');
  t.text('uploads');
  t.keys('Enter');
  await t.see(/▸\s+uploads\//);
  t.keys('Enter');
  await t.see('dev › s3 › dev-media › uploads/');

  t.text(pressFor('action.upload'));
  await t.see('Upload a file or a folder');
  t.text(file);
  t.keys('Enter');
  await t.see('Upload into s3://dev-media/uploads/?');
  t.text('y');
  // ✔ is the job's end as succeeded (the line is cut before the word at this width).
  const done = await t.see(/✔ upload uploads\/e2e upload\.bin .*24 MiB\/24 MiB/, 30_000);
  assert.match(done, /Uploaded .*e2e upload\.bin to s3:\/\/dev-media\/uploads\/e2e upload\.bin/);
  const listed = await t.see(/e2e upload\.bin +24 MiB/);
  assert.match(listed, /STANDARD/);

  // Again: the confirmation now says what it replaces; "n" leaves it.
  t.text(pressFor('action.upload'));
  await t.see('Upload a file or a folder');
  t.text(file);
  t.keys('Enter');
  await t.see('Upload into s3://dev-media/uploads/?');
  t.text('y');
  await t.see(/It REPLACES the object there/);
  t.text('n');
  await t.see('Not uploaded: nothing was replaced.');
  t.keys('q');
  await t.see('[exited 0]');
});
