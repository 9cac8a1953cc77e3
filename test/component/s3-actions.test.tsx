// S3 collection actions driven by keys against the sandbox: the keys are pressed through the keymap,
// and every assertion waits for a frame.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { JobRegistry } from '../../src/data/jobs';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';
import { Session } from '../../src/data/session';
import { SANDBOX_ACCOUNTS } from '../../src/sandbox/index';

let sandbox: Sandbox;
const stores: Record<string, MemoryBucketStore> = {};
const put = (bucket: string, key: string, body: string, contentType = 'text/plain') =>
  stores[bucket].put(key, { body: Buffer.from(body), contentType });

before(async () => {
  stores['ui-flat'] = new MemoryBucketStore(undefined);
  stores['ui-typed'] = new MemoryBucketStore(undefined);
  stores['ui-many'] = new MemoryBucketStore(undefined);
  for (let i = 0; i < 500; i++) put('ui-many', `n/${String(i).padStart(4, '0')}`, 'n');
  stores['ui-vers'] = new MemoryBucketStore('Enabled');
  for (let i = 0; i < 1_500; i++) put('ui-flat', `junk/${String(i).padStart(4, '0')}.tmp`, 'x'.repeat(i % 50));
  for (const b of ['ui-flat', 'ui-typed']) {
    put(b, 'keep/report.csv', 'quarter,revenue\nQ1,100\n', 'text/csv');
    put(b, 'keep/big.bin', 'y'.repeat(5000), 'application/octet-stream');
    put(b, 'keep/data.csv', 'a,b\n1,2\n', 'text/csv');
  }
  put('ui-vers', 'notes.txt', 'first draft\n');
  put('ui-vers', 'notes.txt', 'second draft\n');
  stores['ui-vers'].delete('notes.txt');
  sandbox = await startSandbox({
    s3Buckets: [
      ...Object.keys(stores).map((name) => ({ account: 'dev' as const, name, store: stores[name] as MemoryBucketStore | SyntheticBucketStore })),
      { account: 'dev', name: 'ui-huge', store: new SyntheticBucketStore({ count: 1_000_000, keyAt: (i) => `k/${String(i).padStart(7, '0')}` }) },
    ],
  });
});
after(() => sandbox?.close());
afterEach(() => cleanup());

function readonlySession(): Session {
  const a = SANDBOX_ACCOUNTS[0];
  return new Session({ name: 'dev', kind: 'static keys', source: 'file', region: a.region, endpoint: sandbox.url }, a.region, {
    readonly: true,
    clientConfig: { credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey } },
  });
}

function open(bucket: string, jobs = new JobRegistry(), session = sandboxSession(sandbox.url)) {
  session.bucketRegions.set(bucket, 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const b = node(s3Bucket, bucket, bucket, { name: bucket, region: 'us-east-1' });
  const s3 = node(s3Service, 's3', 's3', null);
  return { ui: driver(render(<App path={[rootNode([profile]), profile, s3, b]} jobs={jobs} />)), jobs };
}

test('Ctrl-D on a folder: counted, the prefix typed, deleted in batches as a job, the rest kept', async () => {
  const { ui, jobs } = open('ui-flat');
  await ui.see('junk/');
  await ui.until(() => /junk\//.test(ui.selectedLine() ?? ''), 'junk/ selected');
  ui.press('action.delete');
  await ui.see('Delete all 1,500 objects');
  await ui.see('Type junk/ to confirm');
  ui.type('junk/');
  await ui.see(/junk\/\s*│/);
  ui.press('dialog.submit', 'dialog');
  await ui.see('Done in 2 batches: 1,500 objects deleted, 0 failed.');
  assert.deepEqual(jobs.jobs.map((j) => [j.kind, j.status]), [['count', 'succeeded'], ['batch delete', 'succeeded']]);
  await ui.until((f) => !/^(▸| ) junk\//m.test(f) && /^(▸| ) keep\//m.test(f), 'the listing refreshed without junk/');
  assert.deepEqual([...stores['ui-flat'].list({ maxKeys: 1000 }).objects.map((o) => o.key)], ['keep/big.bin', 'keep/data.csv', 'keep/report.csv']);
  assert.equal(sandbox.requests.filter((r) => r.op === 'DeleteObjects' && r.bucket === 'ui-flat').length, 2);
});

test('T filters by content type with a progress line; s sorts; v previews; F flattens', async () => {
  const { ui } = open('ui-typed');
  await ui.see('keep/');
  ui.press('action.contentType');
  await ui.see('Show only this content type');
  ui.press('dialog.submit', 'dialog');
  await ui.see('text/csv: checked 3 of 3 listed · 2 match · all checked');
  await ui.see('keep/data.csv');
  assert.ok(!ui.frame().includes('big.bin'));
  ui.press('sort.next'); // name ↑
  ui.press('sort.next'); // size ↓
  await ui.see('sorted by size ↓');
  await ui.until(() => /report\.csv/.test(ui.selectedLine() ?? ''), 'the largest CSV first');
  ui.press('action.preview');
  await ui.see('quarter,revenue');
  await ui.see('all of it');
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('quarter,revenue'), 'the preview closed');
  ui.press('back');
  await ui.until((f) => !f.includes('[text/csv]'), 'back at the folder view');
  ui.press('action.flat');
  await ui.see('(flat)');
  await ui.see('keep/big.bin');
});

test('V shows versions with delete markers; Ctrl-D on an old version deletes just that version', async () => {
  const { ui } = open('ui-vers');
  // notes.txt's latest is a delete marker: the folder view is empty, the versions are not.
  await ui.see('This bucket is empty.');
  ui.press('back');
  await ui.see(/^ {2}ui-vers\s+us-east-1/m);
  ui.press('cursor.last');
  await ui.until(() => /ui-vers/.test(ui.selectedLine() ?? ''), 'ui-vers selected');
  ui.press('action.versions');
  await ui.see('ui-vers (versions)');
  await ui.see('✕ marker');
  await ui.until((f) => (f.match(/notes\.txt/g) ?? []).length >= 3, 'three entries for notes.txt');
  ui.press('cursor.last');
  await ui.until(() => /version\s/.test(ui.selectedLine() ?? '') && !/latest/.test(ui.selectedLine() ?? ''), 'the oldest version selected');
  ui.press('action.preview');
  await ui.see('first draft');
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('first draft'), 'the preview closed');
  ui.press('action.delete');
  await ui.see('Permanently delete version');
  ui.press('dialog.yes', 'dialog');
  await ui.see('Deleted version');
  // Two entries left; the cursor was on the last row, now gone: the new last row is selected, not nothing.
  await ui.see('2/2');
  assert.match(ui.selectedLine() ?? '', /notes\.txt/);
  const left = stores['ui-vers'].listVersions({ maxKeys: 100 }).versions;
  assert.deepEqual(left.map((v) => v.version.isDeleteMarker), [true, false]);
});

test('read-only: no delete is offered; preview and download still are', async () => {
  const { ui } = open('ui-typed', new JobRegistry(), readonlySession());
  await ui.see(/^▸ keep\//m);
  assert.ok(!ui.frame().includes('delete prefix'));
  ui.press('action.deleteAll');
  await ui.see('This profile is read-only');
  ui.press('open');
  await ui.see('keep/big.bin');
  await ui.see('v preview');
  assert.ok(!/delete/i.test(ui.frame().split('\n').at(-1) ?? ''));
  ui.press('action.delete');
  await ui.see('This profile is read-only');
  assert.equal(sandbox.requests.filter((r) => /Delete/.test(r.op) && r.bucket === 'ui-typed').length, 0);
});

test(':pagesize and :jump, typed in one burst: the status line shows the page size; the jump starts at the key', async () => {
  const term = open('ui-many').ui;
  await term.see(/^▸ n\//m);
  term.press('open');
  await term.see('500 loaded · all loaded');
  term.press('command');
  await term.see('Command (:help lists them)');
  term.type('pagesize 200\r'); // one write: the prompt must submit all of it
  await term.see('Pages of 200 from now on.');
  await term.see('1/200');
  term.press('command');
  await term.see('Command (:help lists them)');
  term.type('jump 0450\r');
  await term.see('n/ from 0450');
  await term.until(() => /0450/.test(term.selectedLine() ?? ''), 'the jump lands on n/0450');
  await term.see('50 loaded · all loaded · pages of 200');
});

test('counting before a batch delete is a job: cancelled there, nothing is deleted', async () => {
  const { ui, jobs } = open('ui-huge');
  await ui.see(/^▸ k\//m);
  ui.press('action.delete');
  await ui.see('Counting the objects under s3://ui-huge/k/ first');
  await ui.until(() => jobs.jobs.length === 1 && jobs.jobs[0].done > 0, 'the count under way');
  ui.press('jobs.focus');
  ui.press('jobs.cancel', 'jobs');
  await ui.see('Counting stopped: nothing under s3://ui-huge/k/ was deleted.');
  assert.equal(jobs.jobs[0].status, 'cancelled');
  assert.ok(!ui.frame().includes('Type k/ to confirm'));
  assert.equal(sandbox.requests.filter((r) => r.op === 'DeleteObjects' && r.bucket === 'ui-huge').length, 0);
});
