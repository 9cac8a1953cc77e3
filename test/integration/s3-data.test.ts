// The S3 data layer over HTTP, against our sandbox and against s3rver (a third-party server), with
// the same assertions, so the sandbox cannot drift into agreeing with our own client.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PutObjectCommand, CreateBucketCommand } from '@aws-sdk/client-s3';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { listObjects, compareKeys, type ObjectEntry } from '../../src/data/s3/objects';
import type { Page } from '../../src/data/tree';
import { listBuckets } from '../../src/data/s3/buckets';
import { headObject } from '../../src/data/s3/head';
import { s3Bucket, s3Prefix, s3Service } from '../../src/data/s3/nodes';
import { Pager } from '../../src/data/pager';
import { explain } from '../../src/data/errors';
import { node, type TreeNode } from '../../src/data/tree';
import type { Session } from '../../src/data/session';
import { startS3rver, type S3rverHandle } from '../helpers/s3rver';
import { collect, ctxOf, s3rverSession, sandboxSession } from '../helpers/sessions';

const signal = () => new AbortController().signal;

interface Target {
  name: string;
  session: () => Session;
  bucket: string;
  /** A prefix holding more than one page of objects directly. */
  bigPrefix: string;
  bigCount: number;
}

let sandbox: Sandbox;
let s3rver: S3rverHandle;
const S3RVER_BUCKET = 'awsnav-test';
const S3RVER_KEYS = [
  ...Array.from({ length: 2_100 }, (_, i) => `many/obj-${String(i).padStart(5, '0')}.txt`),
  'a.txt', 'b/one.txt', 'b/two.txt', 'c/d/e.txt', 'z.json',
];

before(async () => {
  sandbox = await startSandbox();
  s3rver = await startS3rver();
  const client = await s3rverSession(s3rver.url).s3();
  await client.send(new CreateBucketCommand({ Bucket: S3RVER_BUCKET }));
  // Seed s3rver through the SDK, a few requests at a time.
  for (let i = 0; i < S3RVER_KEYS.length; i += 50) {
    await Promise.all(
      S3RVER_KEYS.slice(i, i + 50).map((Key) =>
        client.send(new PutObjectCommand({ Bucket: S3RVER_BUCKET, Key, Body: `body of ${Key}`, ContentType: Key.endsWith('.json') ? 'application/json' : 'text/plain' })),
      ),
    );
  }
});

after(async () => {
  await sandbox?.close();
  await s3rver?.close();
});

const targets: Target[] = [
  { name: 'sandbox', session: () => sandboxSession(sandbox.url), bucket: 'dev-logs', bigPrefix: 'raw/', bigCount: 3_000 },
  { name: 's3rver', session: () => s3rverSession(s3rver.url), bucket: S3RVER_BUCKET, bigPrefix: 'many/', bigCount: 2_100 },
];

for (const t of targets) {
  describe(`S3 data layer against ${t.name}`, () => {
    test('a prefix pages in order, 1,000 keys a page, none lost, none twice', async () => {
      const client = await t.session().s3();
      const { items, pages } = await collect(listObjects(client, { bucket: t.bucket, prefix: t.bigPrefix, delimiter: '/' }, { signal: signal() }));
      assert.equal(items.length, t.bigCount);
      assert.equal(pages, Math.ceil(t.bigCount / 1000));
      assert.equal(new Set(items.map((e) => e.key)).size, items.length);
      const sorted = [...items].sort((a, b) => compareKeys(a.key, b.key));
      assert.deepEqual(items.map((e) => e.key), sorted.map((e) => e.key));
      assert.ok(items.every((e) => e.kind === 'object' && e.size! > 0 && e.modified instanceof Date));
    });

    test('a listing restarts from any page cursor it gave out', async () => {
      const client = await t.session().s3();
      const pages: Page<ObjectEntry>[] = [];
      for await (const p of listObjects(client, { bucket: t.bucket, prefix: t.bigPrefix, delimiter: '/' }, { signal: signal(), pageSize: 500 })) pages.push(p);
      const third = pages[2];
      const again = listObjects(client, { bucket: t.bucket, prefix: t.bigPrefix, delimiter: '/' }, { signal: signal(), pageSize: 500, cursor: third.cursor })[Symbol.asyncIterator]();
      const first = await again.next();
      await again.return?.();
      assert.deepEqual(first.value!.items.map((e: ObjectEntry) => e.key), third.items.map((e) => e.key));
    });

    test('folders and objects come merged in key order', async () => {
      const client = await t.session().s3();
      const { items } = await collect(listObjects(client, { bucket: t.bucket, delimiter: '/' }, { signal: signal() }));
      const keys = items.map((e) => e.key);
      assert.deepEqual(keys, [...keys].sort(compareKeys));
      assert.ok(items.some((e) => e.kind === 'prefix' && e.key === t.bigPrefix));
    });

    test('the pager over the bucket node loads a page at a time and bounds memory', async () => {
      const session = t.session();
      const prefix = node(s3Prefix, t.bigPrefix, t.bigPrefix, { bucket: t.bucket, prefix: t.bigPrefix });
      const pager = new Pager<TreeNode>((o) => s3Prefix.children!(prefix, ctxOf(session), o), { keepRows: 1_000 });
      const settled = () => new Promise<void>((r) => { const c = () => (pager.loading ? setTimeout(c, 2) : r()); c(); });
      pager.ensure(0, 10);
      await settled();
      assert.equal(pager.length, 1000);
      for (let i = 0; !pager.done; i += 500) {
        pager.ensure(i, 50);
        await settled();
        assert.equal(pager.error, undefined);
      }
      assert.equal(pager.length, t.bigCount);
      // keepRows, plus at most the page(s) the cursor is on, which are never dropped.
      assert.ok(pager.residentRows <= 2_000, `resident rows ${pager.residentRows}`);
      assert.equal(pager.at(5), undefined, 'the first page was dropped');
      pager.ensure(5, 10);
      await settled();
      assert.equal(pager.at(5)?.label, [...(await collect(listObjects(await session.s3(), { bucket: t.bucket, prefix: t.bigPrefix, delimiter: '/' }, { signal: signal() }))).items][5].key.slice(t.bigPrefix.length));
    });

    test('HeadObject details: size and content type', async () => {
      const session = t.session();
      const client = await session.s3();
      const { items } = await collect(listObjects(client, { bucket: t.bucket, prefix: t.bigPrefix, delimiter: '/' }, { signal: signal(), pageSize: 5 }));
      const d = await headObject(client, t.bucket, items[0].key);
      const field = (l: string) => d.fields.find((f) => f.label === l)?.value;
      assert.equal(field('Key'), items[0].key);
      assert.match(field('Content type') ?? '', /\w+\/\w+/);
      assert.equal((d.raw as { ContentLength: number }).ContentLength, items[0].size);
    });

    test('NoSuchBucket is explained with what to do', async () => {
      const client = await t.session().s3();
      const err = await collect(listObjects(client, { bucket: 'no-such-bucket-here' }, { signal: signal() })).catch((e) => e);
      const e = explain(err, 'listing no-such-bucket-here');
      assert.equal(e.code, 'NoSuchBucket');
      assert.match(e.hint, /Esc|refresh/);
    });

    test('aborting stops the listing', async () => {
      const client = await t.session().s3();
      const c = new AbortController();
      const it = listObjects(client, { bucket: t.bucket, prefix: t.bigPrefix }, { signal: c.signal })[Symbol.asyncIterator]();
      await it.next();
      c.abort();
      await assert.rejects(it.next(), (e: Error) => e.name === 'AbortError');
    });
  });
}

describe('sandbox-only behaviour through the data layer', () => {
  test('buckets list with their regions; each bucket is then called in its own region', async () => {
    const session = sandboxSession(sandbox.url);
    const svc = node(s3Service, 's3', 's3', null);
    const { items } = await collect(s3Service.children!(svc, ctxOf(session), { signal: signal() }));
    assert.ok(items.map((n) => n.label).includes('dev-versioned'));
    assert.equal(session.bucketRegions.get('dev-versioned'), 'eu-west-1');
    const bucket = items.find((n) => n.label === 'dev-versioned')!;
    const before = sandbox.requests.length;
    const listed = await collect(s3Bucket.children!(bucket, ctxOf(session), { signal: signal() }));
    assert.ok(listed.items.length > 0);
    // No redirect round trip: exactly one request for one page.
    assert.equal(sandbox.requests.length - before, 1);
  });

  test('a bucket never seen in ListBuckets gets its region asked once', async () => {
    const session = sandboxSession(sandbox.url);
    const b = node(s3Bucket, 'dev-media', 'dev-media', { name: 'dev-media' });
    await collect(s3Bucket.children!(b, ctxOf(session), { signal: signal() }));
    assert.equal(session.bucketRegions.get('dev-media'), 'us-west-2');
  });

  test('AccessDenied on one bucket is explained; the others still list', async () => {
    const session = sandboxSession(sandbox.url);
    const { items: buckets } = await collect(listBuckets(await session.s3(), { signal: signal() }));
    const denied = await collect(s3Bucket.children!(node(s3Bucket, 'dev-private', 'dev-private', buckets.find((b) => b.name === 'dev-private')!), ctxOf(session), { signal: signal() })).catch((e) => e);
    const e = explain(denied, 'listing dev-private');
    assert.equal(e.code, 'AccessDenied');
    assert.match(e.message, /Access denied/);
    const ok = await collect(s3Bucket.children!(node(s3Bucket, 'dev-logs', 'dev-logs', buckets.find((b) => b.name === 'dev-logs')!), ctxOf(session), { signal: signal() }));
    assert.ok(ok.items.length > 0);
  });

  test('an endpoint that does not answer is explained as such', async () => {
    const session = sandboxSession('http://127.0.0.1:9', 'dev', { maxAttempts: 1 });
    const err = await collect(listBuckets(await session.s3(), { signal: signal() })).catch((e) => e);
    const e = explain(err);
    assert.match(e.message, /not answering/);
    assert.match(e.hint, /retry/);
  });

  test('hostile keys round-trip exactly through url encoding', async () => {
    const session = sandboxSession(sandbox.url);
    const client = await session.s3('us-east-1');
    const { items } = await collect(listObjects(client, { bucket: 'dev-hostile' }, { signal: signal() }));
    const keys = items.map((e) => e.key);
    assert.ok(keys.some((k) => k.includes('\u001b]0;')), 'an OSC title key');
    assert.ok(keys.some((k) => k.length >= 1024 || Buffer.byteLength(k) >= 1024), 'a 1,024-byte key');
    // Each listed key opens: HeadObject finds exactly it.
    for (const k of keys.slice(0, 20)) await headObject(client, 'dev-hostile', k);
  });
});
