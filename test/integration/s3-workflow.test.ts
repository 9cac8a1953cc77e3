// The S3 object workflow (issue 15) over HTTP, the same assertions against our sandbox and against
// s3rver, a third-party S3 server, so neither side can drift into agreeing only with the other:
// multipart upload (sha256 after a download), cancel (nothing left), folder upload with odd names,
// presigned GET with plain fetch, restore of a version and of a delete marker, move and copy.
// s3rver lacks some of S3: AbortMultipartUpload, ListMultipartUploads, versioning and UploadPartCopy
// are NotImplemented / MethodNotAllowed there, so those assertions run against the sandbox only (each
// test says which).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { startS3rver, type S3rverHandle } from '../helpers/s3rver';
import { collect, s3rverSession, sandboxSession } from '../helpers/sessions';
import { listObjects } from '../../src/data/s3/objects';
import { listObjectVersions } from '../../src/data/s3/versions';
import { MIB, uploadFile } from '../../src/data/s3/upload';
import { listTree, uploadTree } from '../../src/data/s3/uploadTree';
import { presignGet } from '../../src/data/s3/presign';
import { restoreVersion } from '../../src/data/s3/restore';
import { copyObjects, parseDestination } from '../../src/data/s3/copy';

interface Backend {
  name: string;
  client: S3Client;
  /** What this server implements beyond the common part. */
  full: boolean;
  /** Operations the server saw, when it can tell (the sandbox). */
  ops?(op: string, bucket: string): number;
}

const dir = mkdtempSync(join(tmpdir(), 'awsnav-workflow-'));
const signal = () => new AbortController().signal;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const big = randomBytes(40 * MIB);
const bigPath = join(dir, 'big.json');
writeFileSync(bigPath, big);

let sandbox: Sandbox;
let s3rver: S3rverHandle;
const backends: Backend[] = [];
const BUCKETS = ['wf-up', 'wf-cancel', 'wf-tree', 'wf-sign', 'wf-move', 'wf-move-to', 'wf-copy'];

before(async () => {
  sandbox = await startSandbox({
    s3Buckets: [...BUCKETS.map((name) => ({ account: 'dev' as const, name, store: new MemoryBucketStore(undefined) })), { account: 'dev', name: 'wf-versions', store: new MemoryBucketStore('Enabled') }],
  });
  backends.push({
    name: 'sandbox',
    client: await sandboxSession(sandbox.url).s3(),
    full: true,
    ops: (op, bucket) => sandbox.requests.filter((r) => r.op === op && r.bucket === bucket).length,
  });
  s3rver = await startS3rver();
  const other = await s3rverSession(s3rver.url).s3();
  for (const Bucket of BUCKETS) await other.send(new CreateBucketCommand({ Bucket }));
  backends.push({ name: 's3rver', client: other, full: false });
});
after(async () => {
  await sandbox?.close();
  await s3rver?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function body(client: S3Client, Bucket: string, Key: string, VersionId?: string): Promise<Buffer> {
  const out = await client.send(new GetObjectCommand({ Bucket, Key, VersionId }));
  return Buffer.from(await out.Body!.transformToByteArray());
}

async function keys(client: S3Client, bucket: string, prefix = ''): Promise<string[]> {
  const { items } = await collect(listObjects(client, { bucket, prefix }, { signal: signal() }));
  return items.map((e) => e.key);
}

const absent = (client: S3Client, Bucket: string, Key: string) =>
  client.send(new HeadObjectCommand({ Bucket, Key })).then(
    () => false,
    (e: { name?: string }) => e.name === 'NotFound' || e.name === 'NoSuchKey',
  );

for (const which of ['sandbox', 's3rver']) {
  describe(which, () => {
    const b = () => backends.find((x) => x.name === which)!;

    test('a 40 MiB upload in 5 MiB parts comes back byte for byte, with its content type from the name', async () => {
      const { client, ops } = b();
      const seen: number[] = [];
      const r = await uploadFile(client, { bucket: 'wf-up', key: 'in/big.json' }, bigPath, {
        signal: signal(),
        partSize: 5 * MIB,
        queueSize: 3,
        onProgress: (p) => seen.push(p.bytes),
      });
      assert.equal(r.bytes, 40 * MIB);
      assert.equal(sha(await body(client, 'wf-up', 'in/big.json')), sha(big));
      assert.equal((await client.send(new HeadObjectCommand({ Bucket: 'wf-up', Key: 'in/big.json' }))).ContentType, 'application/json; charset=utf-8');
      assert.equal(seen.at(-1), 40 * MIB);
      assert.ok(seen.length >= 8, 'progress after every part');
      if (ops) assert.equal(ops('UploadPart', 'wf-up'), 8);
    });

    test('cancel mid-upload leaves no object, and (sandbox: s3rver has no ListMultipartUploads) no multipart upload', async () => {
      const { client, full } = b();
      const ctl = new AbortController();
      const done = uploadFile(client, { bucket: 'wf-cancel', key: 'big.bin' }, bigPath, {
        signal: ctl.signal,
        partSize: 5 * MIB,
        queueSize: 2,
        // Cancelled once the first part has landed: parts are in flight, the upload is not complete.
        onProgress: (p) => p.bytes > 0 && ctl.abort(),
      });
      await assert.rejects(done);
      assert.ok(await absent(client, 'wf-cancel', 'big.bin'));
      if (full) {
        const listed = await client.send(new ListMultipartUploadsCommand({ Bucket: 'wf-cancel' }));
        assert.deepEqual(listed.Uploads ?? [], []);
        assert.ok(b().ops!('UploadPart', 'wf-cancel') < 8, 'stopped before every part was sent');
      }
    });

    test('a folder upload lands every file of a nested tree with odd names at its relative key', async () => {
      const { client } = b();
      const root = join(dir, `tree-${which}`, 'photos');
      const files: Record<string, string> = {
        'a b/c%20d/e+f.txt': 'plus and percent',
        'ünï/ñ#1.txt': 'unicode and hash',
        'semi;colon&amp.txt': 'semicolon',
        'deep/1/2/3/4/x.bin': 'deep',
        'quote\'s "dq".txt': 'quotes',
        'top.csv': 'a,b\n1,2\n',
      };
      if (which === 'sandbox') files['ctl\u0007bell\nline.txt'] = 'control characters'; // s3rver stores keys as file names and mangles these
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(dirname(join(root, rel)), { recursive: true });
        writeFileSync(join(root, rel), text);
      }
      const listing = await listTree(root);
      assert.equal(listing.files.length, Object.keys(files).length);
      const lines: string[] = [];
      const r = await uploadTree(client, { bucket: 'wf-tree', prefix: 'up/' }, listing, { signal: signal(), onFile: (l) => lines.push(l) });
      assert.deepEqual([r.uploaded, r.failed, r.stopped], [Object.keys(files).length, 0, false]);
      assert.equal(lines.length, Object.keys(files).length);
      const expected = Object.keys(files).map((k) => `up/photos/${k}`);
      assert.deepEqual((await keys(client, 'wf-tree', 'up/')).sort(), expected.sort());
      for (const [rel, text] of Object.entries(files)) assert.equal((await body(client, 'wf-tree', `up/photos/${rel}`)).toString(), text);
      assert.equal((await client.send(new HeadObjectCommand({ Bucket: 'wf-tree', Key: 'up/photos/top.csv' }))).ContentType, 'text/csv; charset=utf-8');
    });

    test('a presigned GET works with plain fetch, and only as signed', async () => {
      const { client, full } = b();
      const bytes = randomBytes(100_000);
      await client.send(new PutObjectCommand({ Bucket: 'wf-sign', Key: 'dir/a file+€.bin', Body: bytes }));
      const url = await presignGet(client, { bucket: 'wf-sign', key: 'dir/a file+€.bin' }, 3600);
      const res = await fetch(url);
      assert.equal(res.status, 200);
      assert.equal(sha(Buffer.from(await res.arrayBuffer())), sha(bytes));
      if (full) {
        // Another key under the same signature is refused (s3rver looks the key up first: 404).
        const tampered = await fetch(url.replace('a%20file', 'b%20file'));
        assert.equal(tampered.status, 403);
        assert.match(await tampered.text(), /SignatureDoesNotMatch/);
        const expired = await presignGet(client, { bucket: 'wf-sign', key: 'dir/a file+€.bin' }, 1);
        const past = expired.replace(/X-Amz-Date=\d{8}T\d{6}Z/, 'X-Amz-Date=20200101T000000Z');
        const r2 = await fetch(past);
        assert.equal(r2.status, 403);
        assert.match(await r2.text(), /Request has expired/);
      }
    });

    test('move leaves the source empty and the destination complete; a failed copy deletes nothing', async () => {
      const { client } = b();
      const names = ['x/1.txt', 'x/sub/2.txt', 'x/3 three.txt'];
      for (const k of names) await client.send(new PutObjectCommand({ Bucket: 'wf-move', Key: k, Body: `body of ${k}` }));
      const dest = parseDestination('s3://wf-move-to/y/', { bucket: 'wf-move', prefix: 'x/' }, names.length);
      assert.ok(typeof dest !== 'string');
      // Into a bucket that does not exist: every copy fails, so every source stays.
      const failed = await copyObjects(
        { dest: client, source: client },
        { sourceBucket: 'wf-move', sources: names.map((key) => ({ key })), destBucket: 'wf-nowhere', destKey: (s) => s.key },
        { signal: signal(), move: true },
      );
      assert.deepEqual([failed.copied, failed.failed, failed.deleted], [0, 3, 0]);
      assert.deepEqual((await keys(client, 'wf-move', 'x/')).sort(), [...names].sort());

      const lines: string[] = [];
      const r = await copyObjects(
        { dest: client, source: client },
        { sourceBucket: 'wf-move', sources: names.map((key) => ({ key })), destBucket: dest.bucket, destKey: (s) => dest.prefix + s.key.slice('x/'.length) },
        { signal: signal(), move: true, onKey: (l) => lines.push(l) },
      );
      assert.deepEqual([r.copied, r.failed, r.deleted], [3, 0, 3]);
      assert.deepEqual(await keys(client, 'wf-move', 'x/'), []);
      assert.deepEqual((await keys(client, 'wf-move-to', 'y/')).sort(), ['y/1.txt', 'y/3 three.txt', 'y/sub/2.txt']);
      for (const k of names) assert.equal((await body(client, 'wf-move-to', `y/${k.slice(2)}`)).toString(), `body of ${k}`);
      assert.equal(lines.length, 3);
    });

    test('copy above the (lowered) multipart threshold goes by UploadPartCopy (sandbox: s3rver has none)', { skip: which === 's3rver' }, async () => {
      const { client, ops } = b();
      const bytes = randomBytes(12 * MIB + 123);
      await client.send(new PutObjectCommand({ Bucket: 'wf-copy', Key: 'src.csv', Body: bytes, ContentType: 'text/csv', Metadata: { origin: 'test' } }));
      const r = await copyObjects(
        { dest: client, source: client },
        { sourceBucket: 'wf-copy', sources: [{ key: 'src.csv', size: bytes.length }], destBucket: 'wf-copy', destKey: () => 'copy/src.csv' },
        { signal: signal(), multipartAbove: 1 * MIB, partSize: 5 * MIB },
      );
      assert.deepEqual([r.copied, r.failed, r.deleted], [1, 0, 0]);
      assert.equal(sha(await body(client, 'wf-copy', 'copy/src.csv')), sha(bytes));
      const head = await client.send(new HeadObjectCommand({ Bucket: 'wf-copy', Key: 'copy/src.csv' }));
      assert.deepEqual([head.ContentType, head.Metadata?.origin], ['text/csv', 'test']);
      assert.equal(ops!('UploadPartCopy', 'wf-copy'), 3);
      assert.equal(ops!('CopyObject', 'wf-copy'), 0);
      assert.deepEqual((await client.send(new ListMultipartUploadsCommand({ Bucket: 'wf-copy' }))).Uploads ?? [], []);
    });

    test('restore makes an old version current again, and removing a delete marker brings the object back (sandbox: s3rver has no versioning)', { skip: which === 's3rver' }, async () => {
      const { client } = b();
      const Bucket = 'wf-versions';
      const v1 = (await client.send(new PutObjectCommand({ Bucket, Key: 'doc.txt', Body: 'first' }))).VersionId!;
      await client.send(new PutObjectCommand({ Bucket, Key: 'doc.txt', Body: 'second' }));
      await restoreVersion(client, { bucket: Bucket, key: 'doc.txt', versionId: v1, marker: false }, { signal: signal() });
      assert.equal((await body(client, Bucket, 'doc.txt')).toString(), 'first');
      const versions = (await collect(listObjectVersions(client, { bucket: Bucket, prefix: 'doc.txt' }, { signal: signal() }))).items;
      assert.equal(versions.length, 3, 'the history is kept: the restore is a new version');

      // The same through the multipart path (threshold lowered below the object's size).
      await restoreVersion(client, { bucket: Bucket, key: 'doc.txt', versionId: versions[1].versionId!, marker: false }, { signal: signal(), multipartAbove: 1 });
      assert.equal((await body(client, Bucket, 'doc.txt')).toString(), 'second');
      assert.equal(b().ops!('UploadPartCopy', Bucket), 1);

      const marker = (await client.send(new DeleteObjectCommand({ Bucket, Key: 'doc.txt' }))).VersionId!;
      assert.ok(await absent(client, Bucket, 'doc.txt'));
      await restoreVersion(client, { bucket: Bucket, key: 'doc.txt', versionId: marker, marker: true }, { signal: signal() });
      assert.equal((await body(client, Bucket, 'doc.txt')).toString(), 'second');
    });
  });
}
