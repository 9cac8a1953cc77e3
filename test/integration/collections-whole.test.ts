// Issue 11: what the screen says is true of the whole collection. Sort, filter and count over every key
// of a listing larger than the Pager's window, over HTTP against the sandbox (synthetic buckets: keys
// computed, not stored), each checked against the truth read with the bare SDK.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { startSandbox, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { s3Prefix, type ObjectRecord } from '../../src/data/s3/nodes';
import { Pager } from '../../src/data/pager';
import { IndexScan } from '../../src/data/collection/indexScan';
import { countPages } from '../../src/data/collection/count';
import type { Session } from '../../src/data/session';
import { ctxOf, sandboxSession } from '../helpers/sessions';
import { truthOf, waitFor, checkSorted, checkFilter } from '../helpers/wholeCollections';

const BIG = 61_000;
const SMALL = 7_000;
const pad = (i: number) => String(i).padStart(6, '0');
// Sizes with ties, the largest and smallest at rows far from the start (never in the first pages). Small:
// the sandbox computes each listed object's ETag from its generated body.
const sizeAt = (i: number) => (i === 45_123 ? 90_000 : i === 52_001 ? 0 : 1 + ((i * 7919) % 997));
const needle = (i: number, n: number) => i === 1 || i === 2 || i === n - 1 || i % 4_999 === 0;
const keyAt = (n: number) => (i: number) => `logs/${pad(i)}${needle(i, n) ? '-needle' : ''}.log`;

let sandbox: Sandbox;
let session: Session;
let client: S3Client;

before(async () => {
  sandbox = await startSandbox({
    s3Buckets: [
      { account: 'dev', name: 'w-big', store: new SyntheticBucketStore({ count: BIG, keyAt: keyAt(BIG), sizeAt }) },
      { account: 'dev', name: 'w-small', store: new SyntheticBucketStore({ count: SMALL, keyAt: keyAt(SMALL), sizeAt: (i) => sizeAt(i * 7) }) },
    ],
  });
  session = sandboxSession(sandbox.url);
  client = await session.s3();
});
after(() => sandbox?.close());

const flat = (bucket: string): TreeNode => node(s3Prefix, 'flat', bucket, { bucket, prefix: '', flat: true });
const pagerOf = (n: TreeNode, opts: { pageSize?: number; keepRows?: number } = {}) =>
  new Pager<TreeNode>((o) => n.type.children!(n, ctxOf(session), o), opts);
const sizeOf = (n: TreeNode) => (n.record as ObjectRecord).entry.size;

/** The Pager as the browser leaves it: a few screens read, the cursor near the top. */
async function browsed(pager: Pager<TreeNode>, rows: number) {
  pager.ensure(rows, 10);
  await waitFor(() => pager.length > rows && !pager.loading);
}

test('sort by size over a listing 14× the Pager window (small window, small pages): largest first, smallest last, every key once', async () => {
  const truth = await truthOf(client, 'w-small');
  const pager = pagerOf(flat('w-small'), { pageSize: 250, keepRows: 1000 });
  await browsed(pager, 600);
  const scan = new IndexScan(pager, { key: sizeOf, label: 'sort by size' });
  scan.start();
  // The rows in memory are sorted at once, before anything more is read.
  assert.ok(scan.count() >= 750, `sorted at once: ${scan.count()}`);
  assert.equal(scan.state, 'reading');
  await waitFor(() => scan.state === 'done');
  assert.equal(scan.read, SMALL);
  assert.ok(pager.residentRows <= 1000, 'the Pager kept its window');
  await checkSorted(scan, truth, (n) => sizeOf(n)!);
  pager.dispose();
});

test(`sort by size with the real defaults over ${BIG.toLocaleString('en')} keys`, async () => {
  const truth = await truthOf(client, 'w-big');
  const pager = pagerOf(flat('w-big'));
  await browsed(pager, 100);
  const scan = new IndexScan(pager, { key: sizeOf, label: 'sort by size' });
  scan.start();
  // Looked at while it reads, as the screen does: the snapshot is merged up to date again and again.
  let snapshots = 0;
  let last = 0;
  await waitFor(() => {
    const n = scan.count();
    if (n !== last) (snapshots++, (last = n));
    return scan.state === 'done';
  }, 60_000);
  assert.ok(snapshots >= 3, `${snapshots} snapshots`);
  assert.equal(scan.read, BIG);
  await checkSorted(scan, truth, (n) => sizeOf(n)!);
  await waitFor(() => scan.at(0, true) !== undefined);
  assert.equal(scan.at(0, true)!.label, truth.keys[45_123]);
  pager.dispose();
});

test('a stopped sort covers what was read and says so', async () => {
  const pager = pagerOf(flat('w-big'), { pageSize: 500 });
  await browsed(pager, 10);
  const scan = new IndexScan(pager, { key: sizeOf, label: 'sort by size' });
  scan.start();
  await waitFor(() => scan.read >= 5_000);
  scan.cancel();
  const read = scan.read;
  assert.equal(scan.state, 'stopped');
  assert.equal(scan.count(), read, 'the sort covers every row read');
  assert.match(scan.covers(), /sorted [\d,]+ read · stopped: the rest never read/);
  assert.doesNotMatch(scan.covers(), /all/);
  pager.dispose();
});

test(`filter over ${BIG.toLocaleString('en')} keys: matches in the first and last pages, all found, none twice`, async () => {
  const truth = await truthOf(client, 'w-big');
  const pager = pagerOf(flat('w-big'));
  await browsed(pager, 100);
  const scan = new IndexScan(pager, { keep: (n) => n.label.includes('needle'), label: 'filter “needle”' });
  scan.start();
  // The first page's matches are there at once.
  assert.ok(scan.count() >= 2);
  await waitFor(() => scan.state === 'done', 60_000);
  const expected = truth.keys.filter((k) => k.includes('needle'));
  assert.ok(truth.keys.indexOf(expected[0]) < 1000 && truth.keys.indexOf(expected.at(-1)!) >= BIG - 1000, 'matches in the first and the last page');
  await checkFilter(scan, expected);
  assert.match(scan.covers(), new RegExp(`^${expected.length} of all 61,000 match`));
  pager.dispose();
});

test('sort by name descending on S3 is the listing read backwards: no key kept', async () => {
  const truth = await truthOf(client, 'w-small');
  const pager = pagerOf(flat('w-small'), { pageSize: 1000, keepRows: 2000 });
  await browsed(pager, 10);
  const scan = new IndexScan(pager, { label: 'sort by name' });
  scan.start();
  await waitFor(() => scan.state === 'done');
  for (let i = 0; i < SMALL; i++) assert.equal(scan.rowAt(i, true), SMALL - 1 - i);
  await waitFor(() => scan.at(0, true) !== undefined);
  assert.equal(scan.at(0, true)!.label, truth.keys[SMALL - 1]);
  pager.dispose();
});

test('count equals the truth computed with the SDK', async () => {
  const truth = await truthOf(client, 'w-big');
  const n = flat('w-big');
  const t = await countPages((o) => n.type.children!(n, ctxOf(session), o), new AbortController().signal);
  assert.equal(t.objects, truth.keys.length);
  assert.equal(t.bytes, truth.sizes.reduce((a, b) => a + b, 0));
  assert.equal(t.done, true);
});

test('G: the Pager walks to the true end in one call, keeping its window', async () => {
  const pager = pagerOf(flat('w-big'), { keepRows: 5_000 });
  await browsed(pager, 10);
  const reached = await pager.toEnd();
  assert.equal(reached, true);
  assert.equal(pager.done, true);
  assert.equal(pager.length, BIG);
  assert.ok(pager.residentRows <= 5_000);
  assert.ok(pager.at(BIG - 1), 'the last row is held');
  pager.dispose();
});

test('G stopped: the walk ends where it is, without reaching the end', async () => {
  const pager = pagerOf(flat('w-big'), { pageSize: 200 });
  await browsed(pager, 10);
  const walk = pager.toEnd();
  await waitFor(() => pager.length >= 2_000);
  pager.stopWalk();
  assert.equal(await walk, false);
  await waitFor(() => !pager.loading);
  const at = pager.length;
  assert.ok(at < BIG && !pager.done);
  assert.equal(pager.walking, false);
});

test('sort after G: the pages the Pager holds are taken as they are, only the dropped ones read again', async () => {
  const truth = await truthOf(client, 'w-small');
  const pager = pagerOf(flat('w-small'), { pageSize: 500, keepRows: 2_000 });
  await browsed(pager, 10);
  assert.equal(await pager.toEnd(), true);
  const held = pager.residentRows;
  const scan = new IndexScan(pager, { key: sizeOf, label: 'sort by size' });
  scan.start();
  await waitFor(() => scan.state === 'done');
  assert.equal(scan.read, SMALL);
  assert.equal(scan.requests, (SMALL - held) / 500, `only the ${(SMALL - held) / 500} dropped pages were read again`);
  await checkSorted(scan, truth, (n) => sizeOf(n)!);
  pager.dispose();
});
