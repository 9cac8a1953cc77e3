// Issue 13's "actions that fit", on screen against the sandbox: a folder marker has a name that says
// what it is; a bucket that refused its listing offers nothing that changes it and the key says why;
// a delete's question says whether the bucket keeps versions; marked objects go in one DeleteObjects.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { JobRegistry } from '../../src/data/jobs';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
const marker = new MemoryBucketStore(undefined);
const kept = new MemoryBucketStore('Enabled');
const plain = new MemoryBucketStore(undefined);
const keptToo = new MemoryBucketStore('Enabled');

before(async () => {
  marker.put('uploads/', { body: Buffer.alloc(0), contentType: 'application/x-directory' });
  marker.put('uploads/a.txt', { body: Buffer.from('a') });
  kept.put('notes.txt', { body: Buffer.from('draft') });
  for (const k of ['a.txt', 'b.txt', 'c.txt']) plain.put(k, { body: Buffer.from(k) });
  keptToo.put('logs/one.txt', { body: Buffer.from('one') });
  sandbox = await startSandbox({
    s3Buckets: [
      { account: 'dev', name: 'ui-marker', store: marker },
      { account: 'dev', name: 'ui-kept', store: kept },
      { account: 'dev', name: 'ui-plain', store: plain },
      { account: 'dev', name: 'ui-kept-too', store: keptToo },
    ],
  });
});
after(() => sandbox?.close());
afterEach(() => cleanup());

function open(bucket: string) {
  const session = sandboxSession(sandbox.url);
  session.bucketRegions.set(bucket, 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const b = node(s3Bucket, bucket, bucket, { name: bucket, region: 'us-east-1' });
  const jobs = new JobRegistry();
  return { ui: driver(render(<App path={[rootNode([profile]), profile, node(s3Service, 's3', 's3', null), b]} jobs={jobs} />)), jobs };
}

test('a folder marker inside its folder is ./ (folder marker), not a blank name; the detail pane says what it is', async () => {
  const { ui } = open('ui-marker');
  await ui.see('uploads/');
  ui.press('open');
  await ui.see('a.txt');
  await ui.until(() => /\.\/ \(folder marker\)/.test(ui.selectedLine() ?? ''), 'the marker first, named');
  await ui.see('Folder marker');
  assert.doesNotMatch(ui.frame(), /^▸\s+0 B/m, 'no row without a name');
  // Flat, from the top: the marker is its key, as aws s3 ls --recursive shows it; the detail pane says what it is.
  ui.press('back');
  await ui.until((f) => !f.includes('› uploads/') && f.includes('uploads/'), 'back at the top of the bucket');
  ui.press('action.flat');
  await ui.see('(flat)');
  await ui.until(() => /^▸ uploads\/\s+0 B/.test(ui.selectedLine() ?? ''), 'the marker first, by its key');
  await ui.see('Folder marker');
  await ui.see('uploads/a.txt');
});

async function refusedHere(ui: ReturnType<typeof open>['ui']) {
  assert.doesNotMatch(ui.frame(), /\bupload\b/, 'the footer offers no upload');
  ui.press('action.upload');
  await ui.see('Not here: this bucket refused ListObjectsV2 (AccessDenied)');
  // Another message between the two, so the second refusal is D's own, not upload's still on screen.
  ui.press('sort.reverse');
  await ui.see('Not sorted yet');
  ui.press('action.deleteAll');
  await ui.see(/Not here: this bucket refused ListObjectsV2[^\n]*/);
  assert.equal(sandbox.requests.filter((r) => r.bucket === 'dev-private' && /^(Put|Delete)/.test(r.op)).length, 0);
}

test('a bucket that answered AccessDenied, opened again: upload and delete by prefix are not offered, and their keys say why', async () => {
  const { ui } = open('dev-private');
  await ui.see(/Access denied/);
  ui.press('back');
  await ui.see('dev-logs');
  ui.press('filter');
  ui.type('private');
  ui.press('filter.accept', 'filter');
  await ui.until(() => /dev-private/.test(ui.selectedLine() ?? ''), 'back at the buckets, dev-private selected');
  ui.press('open');
  await ui.see(/Access denied/);
  await refusedHere(ui);
});

// What is offered is worked out again when the listing fails (rows.error), so the first visit withholds too.
test('a bucket that answered AccessDenied, first visit: not offered either', async () => {
  const { ui } = open('dev-private');
  await ui.see(/Access denied/);
  await refusedHere(ui);
});

test('the : line gives a refused bucket\'s reason too: `:upload` there says why, as its key does', async () => {
  const { ui } = open('dev-private');
  await ui.see(/Access denied/);
  ui.press('command');
  await ui.see('Command (:help');
  ui.type('upload ./x.txt');
  await ui.see(':upload ./x.txt');
  ui.press('command.run', 'command');
  await ui.see(':upload: Not here: this bucket refused');
});

test('Ctrl-D in a versioned bucket: the question says it only adds a delete marker; the version stays', async () => {
  const { ui } = open('ui-kept');
  await ui.see('notes.txt');
  ui.press('action.delete');
  await ui.see('The bucket is versioned: this only adds a delete marker');
  ui.press('dialog.yes', 'confirm');
  await ui.see('Deleted notes.txt.');
  const versions = kept.listVersions({ maxKeys: 10 }).versions.map((v) => v.version.isDeleteMarker);
  assert.deepEqual(versions, [true, false]);
});

test('Ctrl-D with two marked in an unversioned bucket: permanent, said so; one DeleteObjects, no DeleteObject', async () => {
  const { ui, jobs } = open('ui-plain');
  await ui.see('a.txt');
  ui.press('mark.toggle');
  ui.press('mark.toggle');
  await ui.see('2 marked');
  ui.press('action.delete');
  await ui.see('Delete object 2 marked rows: a.txt, b.txt? The bucket is not versioned: the delete is permanent.');
  ui.press('dialog.yes', 'confirm');
  await ui.see('Deleted 2 of 2 objects in s3://ui-plain.');
  assert.deepEqual(plain.list({ maxKeys: 10 }).objects.map((o) => o.key), ['c.txt']);
  assert.equal(sandbox.requests.filter((r) => r.bucket === 'ui-plain' && r.op === 'DeleteObjects').length, 1);
  assert.equal(sandbox.requests.filter((r) => r.bucket === 'ui-plain' && r.op === 'DeleteObject').length, 0);
  assert.deepEqual(jobs.jobs.map((j) => [j.kind, j.status]), [['batch delete', 'succeeded']]);
});

test('D (delete by prefix) in a versioned bucket: the typed question says it only adds delete markers; Esc sends nothing', async () => {
  const { ui } = open('ui-kept-too');
  await ui.see('logs/');
  ui.press('action.deleteAll');
  // The question wraps in the box: read it as one text.
  const question = () => ui.frame().replace(/ *│\n *│ */g, ' ');
  await ui.until(() => /Delete the 1 object \(3 B\) under s3:\/\/ui-kept-too\/, in batches of 1,000\? The bucket is versioned: this only adds a delete marker; every version stays/.test(question()), 'the question with the versioning');
  ui.press('dialog.cancel', 'dialog');
  await ui.until((f) => !f.includes('batches of 1,000?'), 'the question closed');
  assert.equal(sandbox.requests.filter((r) => r.bucket === 'ui-kept-too' && r.op === 'DeleteObjects').length, 0);
});
