// The same batch delete and content-type filter against s3rver (a third-party S3 server from npm), so
// they do not only work against our own sandbox's reading of DeleteObjects and HeadObject.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startS3rver, type S3rverHandle } from '../helpers/s3rver';
import { collect, s3rverSession } from '../helpers/sessions';
import { countUnder, deleteUnder } from '../../src/data/s3/batchDelete';
import { ContentTypeScan, filterByContentType } from '../../src/data/s3/contentType';
import { listObjects } from '../../src/data/s3/objects';

let server: S3rverHandle;
let client: S3Client;
const signal = () => new AbortController().signal;
const BUCKET = 'collections';
const inside = Array.from({ length: 1_050 }, (_, i) => `tmp/${String(i).padStart(4, '0')}.${i % 3 === 0 ? 'csv' : 'txt'}`);
const outside = ['tmpx', 'keep/a.csv', 'keep/b.txt'];

before(async () => {
  server = await startS3rver();
  client = await s3rverSession(server.url).s3();
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  const all = [...inside, ...outside];
  for (let i = 0; i < all.length; i += 50) {
    await Promise.all(
      all.slice(i, i + 50).map((Key) =>
        client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: Key, ContentType: Key.endsWith('.csv') ? 'text/csv' : 'text/plain' })),
      ),
    );
  }
});
after(() => server?.close());

test('content-type filter over HeadObject against s3rver', async () => {
  const scan = new ContentTypeScan('text/csv');
  const pages = (o: Parameters<typeof listObjects>[2]) => listObjects(client, { bucket: BUCKET, prefix: 'tmp/' }, o);
  const head = async (key: string, s: AbortSignal) => {
    const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
    return (await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }), { abortSignal: s })).ContentType;
  };
  const { items } = await collect(filterByContentType(pages, head, scan, { signal: signal(), pageSize: 500 }));
  assert.deepEqual(items.map((e) => e.key), inside.filter((k) => k.endsWith('.csv')));
  assert.deepEqual([scan.listed, scan.checked, scan.state], [1_050, 1_050, 'done']);
});

test('batch delete by prefix against s3rver leaves exactly the keys outside it', async () => {
  assert.equal((await countUnder(client, { bucket: BUCKET, prefix: 'tmp/' }, signal())).count, 1_050);
  const r = await deleteUnder(client, { bucket: BUCKET, prefix: 'tmp/' }, { signal: signal() });
  assert.deepEqual(r, { deleted: 1_050, failed: 0, batches: 2, stopped: false });
  const { items } = await collect(listObjects(client, { bucket: BUCKET }, { signal: signal() }));
  assert.deepEqual(new Set(items.map((e) => e.key)), new Set(outside));
});
