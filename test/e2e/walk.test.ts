// End-to-end: the built CLI (dist/cli.js, as `npm start` runs it) in tmux against its own sandbox.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { hasTmux, TmuxSession } from '../helpers/tmux';

const sessions: TmuxSession[] = [];
after(() => sessions.forEach((s) => s.kill()));

test('walk into the 50,000-object bucket and page down past the first 1,000 rows', { skip: !hasTmux && 'tmux is not installed' }, async () => {
  const t = new TmuxSession('node dist/cli.js --sandbox', { cols: 140, rows: 40, env: { AWSNAV_LOG_FILE: '/dev/null' } });
  sessions.push(t);
  await t.see('dev');
  await t.see('prod');
  t.keys('Enter'); // dev
  await t.see('s3');
  t.keys('Enter'); // s3 → buckets
  await t.see('dev-logs');
  t.text('/');
  t.text('dev-logs');
  t.keys('Enter'); // keep the filter
  await t.see(/▸ dev-logs/);
  t.keys('Enter'); // into the bucket
  await t.see('raw/');
  t.text('/');
  t.text('raw');
  t.keys('Enter');
  await t.see(/▸ raw\//);
  t.keys('Enter'); // into raw/: 3,000 objects directly
  await t.see(/1,000 loaded · more ↓/);
  for (let i = 0; i < 35; i++) t.keys('PageDown');
  // 35 screens down: past row 1,000 (how far exactly depends on the terminal's height).
  const screen = await t.see(/\b1,[0-9]{3}\/[23],000\b/, 20_000);
  assert.match(screen, /[23],000 loaded/);
  assert.match(screen, /dev › s3 › dev-logs › raw\//);
  // The selected row is past row 1,000 and shows a real key.
  const selected = screen.split('\n').find((l) => l.includes('▸ '));
  assert.ok(selected && /\S+/.test(selected.replace('▸', '')), `a selected row: ${selected}`);
  t.keys('q');
  await t.see('[exited 0]');
});
