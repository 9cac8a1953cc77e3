// End-to-end: S3 collection views in the built CLI, in tmux, against its own sandbox: a content-type
// filter with its progress line, then the versions of the versioned bucket with a delete marker.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { hasTmux, TmuxSession } from '../helpers/tmux';

const sessions: TmuxSession[] = [];
after(() => sessions.forEach((s) => s.kill()));

test('T filters dev-media by content type; V shows dev-versioned\'s versions and delete markers', { skip: !hasTmux && 'tmux is not installed' }, async () => {
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
  await t.see(/▸ dev-media/);
  t.keys('Enter');
  await t.see('images/');
  t.text('T');
  await t.see('Show only this content type');
  t.text('\u0015image/*'); // Ctrl-U clears the offered text/csv
  t.keys('Enter');
  await t.see(/image\/\*: checked \d+ of \d+ listed · 3 match · all checked/);
  const filtered = await t.see('3 loaded · all loaded');
  assert.match(filtered, /images\/logo\.png/);
  assert.match(filtered, /images\/photos\/sunset\.jpg/);
  assert.doesNotMatch(filtered, /README\.md/);
  t.keys('Escape');
  t.keys('Escape');
  await t.see(/▸ dev-media/);
  t.keys('Escape'); // clear the filter on the bucket list
  t.text('/');
  t.text('dev-versioned');
  t.keys('Enter');
  await t.see(/▸ dev-versioned/);
  t.text('V');
  await t.see('dev-versioned (versions)');
  const versions = await t.see('42 loaded · all loaded');
  assert.match(versions, /✕ marker/);
  assert.match(versions, /latest/);
  t.keys('q');
  await t.see('[exited 0]');
});
