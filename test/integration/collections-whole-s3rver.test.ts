// Issue 11 against s3rver (a third-party S3 server), so whole-collection sort, filter and count do not
// only agree with our own sandbox's paging: its continuation tokens, its page boundaries, its sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startS3rver, type S3rverHandle } from '../helpers/s3rver';
import { ctxOf, s3rverSession } from '../helpers/sessions';
import { node, type TreeNode } from '../../src/data/tree';
import { s3Prefix, type ObjectRecord } from '../../src/data/s3/nodes';
import { Pager } from '../../src/data/pager';
import { IndexScan } from '../../src/data/collection/indexScan';
import { countPages } from '../../src/data/collection/count';
import type { Session } from '../../src/data/session';
import { checkFilter, checkSorted, truthOf, waitFor } from '../helpers/wholeCollections';

const BUCKET = 'whole';
const KEYS = 1_500;
let server: S3rverHandle;
let session: Session;
let client: S3Client;
const keyOf = (i: number) => `d/${String(i).padStart(5, '0')}${i === 3 || i === 700 || i === KEYS - 2 ? '-needle' : ''}.txt`;
const sizeOf = (i: number) => (i * 7919) % 2_003;

before(async () => {
  server = await startS3rver();
  session = s3rverSession(server.url);
  client = await session.s3();
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  for (let i = 0; i < KEYS; i += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, KEYS - i) }, (_, j) =>
        client.send(new PutObjectCommand({ Bucket: BUCKET, Key: keyOf(i + j), Body: Buffer.alloc(sizeOf(i + j), 97) })),
      ),
    );
  }
});
after(() => server?.close());

const flat = (): TreeNode => node(s3Prefix, 'flat', BUCKET, { bucket: BUCKET, prefix: '', flat: true });
const pagerOf = (o: { pageSize?: number; keepRows?: number }) => {
  const n = flat();
  return new Pager<TreeNode>((opts) => n.type.children!(n, ctxOf(session), opts), o);
};
const size = (n: TreeNode) => (n.record as ObjectRecord).entry.size!;

test('s3rver: sort by size over 7× the Pager window, rows read back by s3rver\'s own cursors', async () => {
  const truth = await truthOf(client, BUCKET);
  assert.equal(truth.keys.length, KEYS);
  const pager = pagerOf({ pageSize: 100, keepRows: 200 });
  pager.ensure(150, 10);
  await waitFor(() => pager.length > 150 && !pager.loading);
  const scan = new IndexScan(pager, { key: size, label: 'sort by size' });
  scan.start();
  await waitFor(() => scan.state === 'done');
  assert.ok(pager.residentRows <= 200);
  await checkSorted(scan, truth, size);
  pager.dispose();
});

test('s3rver: filter over every page, matches in the first and last pages, none twice', async () => {
  const truth = await truthOf(client, BUCKET);
  const pager = pagerOf({ pageSize: 100, keepRows: 200 });
  pager.ensure(0, 10);
  await waitFor(() => pager.length > 0 && !pager.loading);
  const scan = new IndexScan(pager, { keep: (n) => n.label.includes('needle'), label: 'filter' });
  scan.start();
  await waitFor(() => scan.state === 'done');
  await checkFilter(scan, truth.keys.filter((k) => k.includes('needle')));
  pager.dispose();
});

test('s3rver: count equals the truth computed with the SDK', async () => {
  const truth = await truthOf(client, BUCKET);
  const n = flat();
  const t = await countPages((o) => n.type.children!(n, ctxOf(session), o), new AbortController().signal, undefined, 250);
  assert.equal(t.objects, KEYS);
  assert.equal(t.bytes, truth.sizes.reduce((a, b) => a + b, 0));
  assert.equal(t.pages, 6);
});
