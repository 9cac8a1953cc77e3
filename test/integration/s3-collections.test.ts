// boto3's collection operations as awsnav does them, over HTTP against the sandbox with real SDK
// clients: content-type filtering, versions with delete markers, batch delete (and its cancellation),
// download and preview. Each test writes its own keys into a fresh bucket: with PutObject, or where
// thousands are needed only as a background, straight into the sandbox's store (the same code PutObject
// ends in), which keeps this file to a few seconds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startSandbox, MemoryBucketStore, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { s3Prefix } from '../../src/data/s3/nodes';
import { ContentTypeScan, filterByContentType } from '../../src/data/s3/contentType';
import { listObjectVersions, type VersionEntry } from '../../src/data/s3/versions';
import { listObjects, compareKeys } from '../../src/data/s3/objects';
import { countUnder, deleteUnder } from '../../src/data/s3/batchDelete';
import { downloadObject } from '../../src/data/s3/download';
import { downloadAction } from '../../src/data/s3/actions';
import { batchDeleteAction } from '../../src/data/s3/batchDeleteAction';
import { previewObject } from '../../src/data/s3/preview';
import { JobRegistry } from '../../src/data/jobs';
import type { ActionEnv } from '../../src/data/actions';
import type { Session } from '../../src/data/session';
import { collect, ctxOf, sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
let session: Session;
let client: S3Client;
const signal = () => new AbortController().signal;
const stores: Record<string, MemoryBucketStore> = {};
const locked = (k: string) => /\/locked-/.test(k);
const fresh = (name: string, versioning?: 'Enabled') => ({
  account: 'dev' as const,
  name,
  store: (stores[name] = new MemoryBucketStore(versioning)),
  undeletable: name.includes('locked') ? locked : undefined,
});
const seed = (bucket: string, objects: { key: string; type?: string }[]) =>
  objects.forEach((o) => stores[bucket].put(o.key, { body: Buffer.from(o.key), contentType: o.type ?? 'binary/octet-stream' }));

before(async () => {
  sandbox = await startSandbox({
    s3Buckets: [fresh('t-typed'), fresh('t-batch'), fresh('t-cancel'), fresh('t-files'), fresh('t-versions', 'Enabled'), fresh('t-vbatch', 'Enabled'), fresh('t-locked'), fresh('t-vlocked', 'Enabled')],
  });
  session = sandboxSession(sandbox.url);
  client = await session.s3();
});
after(() => sandbox?.close());

/** PutObject, 64 at a time; returns each key's VersionId. */
async function put(bucket: string, objects: { key: string; body?: string | Buffer; type?: string }[]): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < objects.length; i += 64) {
    const outs = await Promise.all(
      objects.slice(i, i + 64).map((o) => client.send(new PutObjectCommand({ Bucket: bucket, Key: o.key, Body: o.body ?? o.key, ContentType: o.type }))),
    );
    ids.push(...outs.map((o) => o.VersionId ?? 'null'));
  }
  return ids;
}

async function keysOf(bucket: string, prefix = ''): Promise<string[]> {
  const { items } = await collect(listObjects(client, { bucket, prefix }, { signal: signal() }));
  return items.map((e) => e.key);
}

const count = (op: string, bucket: string) => sandbox.requests.filter((r) => r.op === op && r.bucket === bucket).length;

test('content-type filter: HeadObject for each listed key, across several pages, lazily, stoppable', async () => {
  const types = ['text/csv', 'application/json', 'image/png', 'text/csv; charset=utf-8', 'text/plain'];
  const objects = Array.from({ length: 600 }, (_, i) => ({ key: `mixed/${String(i).padStart(5, '0')}.dat`, type: types[i % types.length] }));
  seed('t-typed', [...objects, { key: 'other/x.csv', type: 'text/csv' }]);
  await put('t-typed', [{ key: 'mixed/00600.csv', type: 'text/csv' }]);
  objects.push({ key: 'mixed/00600.csv', type: 'text/csv' });
  const expected = objects.filter((o) => o.type.startsWith('text/csv')).map((o) => o.key);

  const scan = new ContentTypeScan('text/csv');
  const view = node(s3Prefix, 'mixed/', 'mixed/', { bucket: 't-typed', prefix: 'mixed/', contentType: 'text/csv', scan });
  const heads = count('HeadObject', 't-typed');
  const { items, pages } = await collect(s3Prefix.children!(view, ctxOf(session), { signal: signal(), pageSize: 150 }));
  assert.equal(pages, 5);
  assert.deepEqual(items.map((n: TreeNode) => n.id), expected);
  assert.equal(count('HeadObject', 't-typed') - heads, 601);
  assert.deepEqual([scan.listed, scan.checked, scan.matched, scan.state], [601, 601, expected.length, 'done']);
  assert.match(scan.text(), /checked 601 of 601 listed · 241 match/);

  // Lazily: one page pulled is one page of HeadObjects, no more. Cached: a page read again asks nothing.
  const lazy = new ContentTypeScan('image/*');
  const it = s3Prefix.children!({ ...view, record: { ...view.record, contentType: 'image/*', scan: lazy } }, ctxOf(session), { signal: signal(), pageSize: 150 })[Symbol.asyncIterator]();
  const first = await it.next();
  assert.equal(first.value.items.length, 30);
  assert.deepEqual([lazy.listed, lazy.checked, lazy.state], [150, 150, 'waiting']);

  // Stopped mid-way: the listing ends with what matched so far, and no HeadObject is sent after.
  const stopping = new ContentTypeScan('application/json');
  const before = count('HeadObject', 't-typed');
  const seen: TreeNode[] = [];
  for await (const page of s3Prefix.children!({ ...view, record: { ...view.record, contentType: 'application/json', scan: stopping } }, ctxOf(session), { signal: signal(), pageSize: 150 })) {
    seen.push(...page.items);
    if (stopping.checked >= 300) stopping.cancel();
  }
  assert.equal(stopping.state, 'stopped');
  assert.equal(seen.length, 60);
  assert.equal(count('HeadObject', 't-typed') - before, 300);
  assert.match(stopping.text(), /stopped/);

  // Stopped in the middle of a page: the matches already checked in that page stay as well.
  const mid = new ContentTypeScan('text/csv');
  let asked = 0;
  const head = async (key: string, s: AbortSignal) => {
    if (++asked === 100) mid.cancel();
    s.throwIfAborted();
    return (await client.send(new HeadObjectCommand({ Bucket: 't-typed', Key: key }), { abortSignal: s })).ContentType;
  };
  const partial = await collect(filterByContentType((o) => listObjects(client, { bucket: 't-typed', prefix: 'mixed/' }, o), head, mid, { signal: signal(), pageSize: 150 }, 4));
  assert.equal(partial.pages, 1);
  assert.ok(mid.checked >= 90 && mid.checked < 150, String(mid.checked));
  assert.ok(partial.items.length > 0);
  assert.equal(partial.items.length, mid.matched);
  assert.ok(partial.items.every((e) => expected.includes(e.key)));
});

test('versions with delete markers, paged by KeyMarker / VersionIdMarker: each once, in order', async () => {
  const truth: { key: string; versionId: string; marker: boolean }[] = [];
  for (let k = 0; k < 30; k++) {
    const key = `docs/file-${String(k).padStart(2, '0')}.txt`;
    for (let v = 0; v < 3; v++) {
      const [versionId] = await put('t-versions', [{ key, body: `${key} v${v}` }]);
      truth.unshift({ key, versionId, marker: false });
    }
    if (k % 3 === 0) {
      const out = await client.send(new DeleteObjectCommand({ Bucket: 't-versions', Key: key }));
      assert.equal(out.DeleteMarker, true);
      truth.unshift({ key, versionId: out.VersionId!, marker: true });
    }
  }
  // Key order, newest first within a key (truth was built newest-first per key).
  truth.sort((a, b) => compareKeys(a.key, b.key));
  const { items, pages } = await collect(listObjectVersions(client, { bucket: 't-versions', prefix: 'docs/' }, { signal: signal(), pageSize: 7 }));
  assert.equal(pages, Math.ceil(truth.length / 7));
  assert.deepEqual(
    items.map((e: VersionEntry) => ({ key: e.key, versionId: e.versionId!, marker: e.kind === 'marker' })),
    truth,
  );
  const latest = items.filter((e: VersionEntry) => e.isLatest);
  assert.equal(latest.length, 30);
  assert.equal(latest.filter((e: VersionEntry) => e.kind === 'marker').length, 10);

  // A page cursor restarts the listing exactly there.
  const all: VersionEntry[][] = [];
  const cursors: (string | undefined)[] = [];
  for await (const p of listObjectVersions(client, { bucket: 't-versions', prefix: 'docs/' }, { signal: signal(), pageSize: 7 })) {
    all.push(p.items);
    cursors.push(p.cursor);
  }
  const again = await listObjectVersions(client, { bucket: 't-versions', prefix: 'docs/' }, { signal: signal(), pageSize: 7, cursor: cursors[5] })[Symbol.asyncIterator]().next();
  assert.deepEqual(again.value!.items, all[5]);
});

test('batch delete of 5,000 keys leaves exactly the keys outside the prefix', async () => {
  const inside = Array.from({ length: 5_000 }, (_, i) => `del/${String(i % 7)}/${String(i).padStart(5, '0')}`);
  const outside = ['dela.txt', 'del', 'keep/1', 'keep/2', 'de/l/x', ...Array.from({ length: 50 }, (_, i) => `zzz/${i}`)];
  seed('t-batch', inside.slice(100).map((key) => ({ key })));
  await put('t-batch', [...inside.slice(0, 100), ...outside].map((key) => ({ key })));
  const counted = await countUnder(client, { bucket: 't-batch', prefix: 'del/' }, signal());
  assert.equal(counted.count, 5_000);
  const batches: number[] = [];
  const r = await deleteUnder(client, { bucket: 't-batch', prefix: 'del/' }, { signal: signal(), onBatch: (p) => batches.push(p.deleted) });
  assert.deepEqual(r, { deleted: 5_000, failed: 0, batches: 5, stopped: false });
  assert.deepEqual(batches, [1_000, 2_000, 3_000, 4_000, 5_000]);
  assert.equal(count('DeleteObjects', 't-batch'), 5);
  assert.deepEqual(new Set(await keysOf('t-batch')), new Set(outside));
});

test('a cancelled batch delete stops between batches and leaves the untouched batches intact', async () => {
  const keys = Array.from({ length: 5_000 }, (_, i) => `logs/${String(i).padStart(5, '0')}.log`);
  seed('t-cancel', keys.map((key) => ({ key })));
  const controller = new AbortController();
  const r = await deleteUnder(client, { bucket: 't-cancel', prefix: 'logs/' }, {
    signal: controller.signal,
    onBatch: (p) => p.batches === 2 && controller.abort(),
  });
  assert.deepEqual(r, { deleted: 2_000, failed: 0, batches: 2, stopped: true });
  assert.equal(count('DeleteObjects', 't-cancel'), 2);
  assert.deepEqual(await keysOf('t-cancel'), keys.slice(2_000));
});

test('batch delete of every version and delete marker under a prefix (versioned bucket)', async () => {
  const keys = Array.from({ length: 700 }, (_, i) => `v/${String(i).padStart(4, '0')}`);
  seed('t-vbatch', keys.map((key) => ({ key })));
  seed('t-vbatch', keys.map((key) => ({ key })));
  for (const key of keys.slice(0, 200)) stores['t-vbatch'].delete(key);
  await put('t-vbatch', [{ key: 'w/keep' }, { key: 'v' }]);
  const target = { bucket: 't-vbatch', prefix: 'v/', versions: true };
  assert.equal((await countUnder(client, target, signal())).count, 700 * 2 + 200);
  const r = await deleteUnder(client, target, { signal: signal() });
  assert.deepEqual(r, { deleted: 1_600, failed: 0, batches: 2, stopped: false });
  const { items } = await collect(listObjectVersions(client, { bucket: 't-vbatch' }, { signal: signal() }));
  assert.deepEqual(items.map((e: VersionEntry) => e.key).sort(), ['v', 'w/keep']);
});

test('download writes the exact bytes, with progress, and never overwrites without asking', async () => {
  const body = randomBytes(700 * 1024 + 13);
  await put('t-files', [{ key: 'bin/blob.bin', body }]);
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-dl-'));
  try {
    const path = join(dir, 'blob.bin');
    const seen: number[] = [];
    const p = await downloadObject(client, { bucket: 't-files', key: 'bin/blob.bin' }, path, { signal: signal(), onProgress: (x) => seen.push(x.bytes) });
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    assert.equal(sha(readFileSync(path)), sha(body));
    assert.equal(p.total, body.length);
    assert.equal(seen[seen.length - 1], body.length);
    assert.ok(seen.length > 1 && p.speed > 0);

    // Without overwrite: refused, the file as it was.
    writeFileSync(path, 'mine');
    await assert.rejects(downloadObject(client, { bucket: 't-files', key: 'bin/blob.bin' }, path, { signal: signal() }), /EEXIST/);
    assert.equal(readFileSync(path, 'utf8'), 'mine');

    // Through the action: it asks; "no" leaves the file and sends no GetObject.
    const jobs = new JobRegistry();
    const asked: string[] = [];
    const notes: string[] = [];
    const gets = count('GetObject', 't-files');
    const target = node({ name: 's3.object', kind: 'item' }, 'bin/blob.bin', 'blob.bin', { bucket: 't-files', entry: { kind: 'object', key: 'bin/blob.bin' } });
    const env = (answer: boolean): ActionEnv => ({
      node: target, ctx: ctxOf(session), input: { path }, signal: signal(), jobs, refresh() {},
      notify: (t) => notes.push(t),
      ask: async (q) => (asked.push(q), answer),
    });
    await downloadAction.run(env(false));
    assert.match(asked[0], /already exists\. Overwrite it\?/);
    assert.equal(readFileSync(path, 'utf8'), 'mine');
    assert.equal(count('GetObject', 't-files'), gets);
    assert.equal(jobs.jobs.length, 0);

    // "yes" replaces it, as a job with bytes and a total.
    await downloadAction.run(env(true));
    const job = jobs.jobs[0];
    await new Promise<void>((resolve) => {
      const off = jobs.subscribe(() => jobs.jobs[0].status !== 'running' && (off(), resolve()));
      if (jobs.jobs[0].status !== 'running') resolve();
    });
    assert.equal(jobs.get(job.id)!.status, 'succeeded');
    assert.deepEqual([jobs.get(job.id)!.done, jobs.get(job.id)!.total], [body.length, body.length]);
    assert.equal(sha(readFileSync(path)), sha(body));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('preview: one ranged GET of the start of a text object; binary is described, not dumped', async () => {
  const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}\tvalue \u001b[31m${i}`);
  await put('t-files', [
    { key: 'big.log', body: lines.join('\n'), type: 'text/plain' },
    { key: 'small.txt', body: 'one\ntwo\n', type: 'text/plain' },
    { key: 'empty.txt', body: '', type: 'text/plain' },
    { key: 'pic.png', body: Buffer.from('89504e470d0a1a0a0000000d4948445200000020000000200806000000', 'hex'), type: 'image/png' },
    { key: 'mystery', body: randomBytes(2048), type: 'binary/octet-stream' },
  ]);
  const big = await previewObject(client, { bucket: 't-files', key: 'big.log' }, signal());
  assert.equal(big.binary, false);
  assert.equal(big.lines[0], 'line 0  value \\e[31m0');
  assert.ok(big.lines.length < 20_000 && big.lines.length > 1_000);
  assert.match(big.note, /first 64 KiB of/);
  assert.deepEqual((await previewObject(client, { bucket: 't-files', key: 'small.txt' }, signal())).lines, ['one', 'two']);
  assert.match((await previewObject(client, { bucket: 't-files', key: 'empty.txt' }, signal())).note, /empty/);
  const png = await previewObject(client, { bucket: 't-files', key: 'pic.png' }, signal());
  assert.ok(png.binary);
  assert.ok(png.lines.some((l) => /PNG image, 32 × 32 pixels/.test(l)));
  const mystery = await previewObject(client, { bucket: 't-files', key: 'mystery' }, signal());
  assert.ok(mystery.binary);
  assert.ok(mystery.lines.join('\n').length < 1_000);
});

test('jumps are server-side: :jump starts at a key inside a million, :prefix lists from a prefix, one request each', async () => {
  const jumpbox = await startSandbox({
    s3Buckets: [{ account: 'dev', name: 't-huge', store: () => new SyntheticBucketStore({ count: 1_000_000, keyAt: (i) => `k/${String(i).padStart(7, '0')}` }) }],
  });
  try {
    const s = sandboxSession(jumpbox.url);
    const top = node(s3Prefix, 'k/', 'k/', { bucket: 't-huge', prefix: 'k/' });
    const jumped = s3Prefix.seek!(top, { from: '0900000' })!;
    assert.equal((jumped.record as { from: string }).from, 'k/0900000');
    const first = await s3Prefix.children!(jumped, ctxOf(s), { signal: signal() })[Symbol.asyncIterator]().next();
    assert.equal(first.value.items[0].id, 'k/0900000');
    assert.equal(first.value.items[0].label, '0900000');
    assert.equal(first.value.items.length, 1_000);
    assert.equal(jumpbox.requests.filter((r) => r.op === 'ListObjectsV2').length, 1);

    // :prefix is relative to the folder in view; a leading / starts at the bucket's top.
    const pre = s3Prefix.seek!(top, { prefix: '/k/09999' })!;
    const { items } = await collect(s3Prefix.children!(pre, ctxOf(s), { signal: signal() }));
    assert.deepEqual(items.map((n: TreeNode) => n.label), Array.from({ length: 100 }, (_, i) => `09999${String(i).padStart(2, '0')}`));
    assert.equal(jumpbox.requests.filter((r) => r.op === 'ListObjectsV2').length, 2);
  } finally {
    await jumpbox.close();
  }
});

test('per-key errors: listed in the job\'s lines and the summary; the versions variant steps over them and ends', async () => {
  const keys = Array.from({ length: 1_500 }, (_, i) => `p/${i % 500 === 7 ? 'locked-' : ''}${String(i).padStart(4, '0')}`);
  seed('t-locked', keys.map((key) => ({ key })));
  const jobs = new JobRegistry();
  const notes: string[] = [];
  const folder = node({ name: 's3.prefix', kind: 'collection' }, 'p/', 'p/', { bucket: 't-locked', prefix: 'p/' });
  const spec = batchDeleteAction('action.delete', false);
  const base = { node: folder, ctx: ctxOf(session), signal: signal(), jobs, refresh() {}, notify: (t: string) => notes.push(t), ask: async () => true };
  const prepared = await spec.prepare!(base);
  assert.match(prepared.question!, /Delete all 1,500 objects/);
  assert.deepEqual([jobs.jobs[0].kind, jobs.jobs[0].status, jobs.jobs[0].done], ['count', 'succeeded', 1_500]);
  await spec.run({ ...base, input: {}, prepared: prepared.data });
  await new Promise<void>((resolve) => {
    const done = () => jobs.jobs[1].status !== 'running';
    if (done()) return resolve();
    const off = jobs.subscribe(() => done() && (off(), resolve()));
  });
  const job = jobs.jobs[1];
  assert.equal(job.status, 'failed');
  assert.equal(job.lines[0], 'Done in 2 batches: 1,497 objects deleted, 3 failed.');
  assert.deepEqual(job.lines.slice(1), ['p/locked-0007', 'p/locked-0507', 'p/locked-1007'].map((k) => `✘ ${k}: AccessDenied Access Denied`));
  assert.match(notes.at(-1)!, /3 failed\. Tab, then Enter, lists the errors\./);
  assert.deepEqual(await keysOf('t-locked'), ['p/locked-0007', 'p/locked-0507', 'p/locked-1007']);

  // Versions: 1,500 keys × 2 versions; the locked keys' versions fail and are stepped over, not retried forever.
  seed('t-vlocked', keys.map((key) => ({ key })));
  seed('t-vlocked', keys.map((key) => ({ key })));
  const r = await deleteUnder(client, { bucket: 't-vlocked', prefix: 'p/', versions: true }, { signal: signal() });
  assert.deepEqual([r.deleted, r.failed, r.stopped], [2_994, 6, false]);
  const left = await collect(listObjectVersions(client, { bucket: 't-vlocked' }, { signal: signal() }));
  assert.equal(left.items.length, 6);
  assert.ok(left.items.every((e: VersionEntry) => locked(e.key)));
});
