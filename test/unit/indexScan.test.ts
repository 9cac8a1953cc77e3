// The sort index on its own, over a fake paged source: rows without a key stay last in both directions,
// snapshots merged while reading agree with one sort of everything, a filter keeps listing order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pager } from '../../src/data/pager';
import { IndexScan } from '../../src/data/collection/indexScan';
import type { ListOptions, Page } from '../../src/data/tree';

interface Row {
  i: number;
  size?: number;
}
/** 5,000 rows, 100 a page; every 7th has no size (a folder); sizes repeat, so ties are broken by row. */
const source = async function* (opts: ListOptions): AsyncIterable<Page<Row>> {
  for (let p = opts.cursor ? Number(opts.cursor) : 0; p < 50; p++) {
    // A round trip's worth of waiting: reading lasts long enough for the view to merge several times.
    await new Promise((r) => setTimeout(r, 25));
    const items = Array.from({ length: 100 }, (_, k) => {
      const i = p * 100 + k;
      return { i, size: i % 7 === 0 ? undefined : (i * 37) % 101 };
    });
    yield { items, cursor: p ? String(p) : undefined, next: p < 49 ? String(p + 1) : undefined };
  }
};

const until = async (pred: () => boolean) => {
  while (!pred()) await new Promise((r) => setTimeout(r, 1));
};

test('merged while reading, the order is the one a single sort gives; no key last both ways', async () => {
  const pager = new Pager(source);
  pager.ensure(0, 10);
  await until(() => pager.length > 0 && !pager.loading);
  const scan = new IndexScan<Row>(pager, { key: (r) => r.size, label: 'size' });
  scan.start();
  const seen = new Set<number>();
  await until(() => {
    seen.add(scan.count()); // every look merges what was read since the last one (when 300 ms have passed)
    return scan.state === 'done';
  });
  assert.ok(seen.size >= 3, `${seen.size} snapshots while reading`);
  assert.equal(scan.count(), 5_000);
  const all = Array.from({ length: 5_000 }, (_, i) => ({ i, size: i % 7 === 0 ? undefined : (i * 37) % 101 }));
  const keyed = all.filter((r) => r.size !== undefined);
  const none = all.filter((r) => r.size === undefined).map((r) => r.i);
  const asc = [...keyed].sort((a, b) => a.size! - b.size! || a.i - b.i).map((r) => r.i);
  const rows = (desc: boolean) => Array.from({ length: 5_000 }, (_, i) => scan.rowAt(i, desc));
  assert.deepEqual(rows(false), [...asc, ...none]);
  assert.deepEqual(rows(true), [...[...asc].reverse(), ...none]);
  pager.dispose();
});

test('a filter keeps listing order, forwards and backwards', async () => {
  const pager = new Pager(source);
  const scan = new IndexScan<Row>(pager, { keep: (r) => r.i % 250 === 3, label: 'filter' });
  scan.start();
  await until(() => scan.state === 'done');
  const want = Array.from({ length: 20 }, (_, k) => k * 250 + 3);
  assert.deepEqual(Array.from({ length: scan.count() }, (_, i) => scan.rowAt(i, false)), want);
  assert.deepEqual(Array.from({ length: scan.count() }, (_, i) => scan.rowAt(i, true)), [...want].reverse());
  assert.match(scan.covers(), /^20 of all 5,000 match$/);
  pager.dispose();
});

test('a page that fails mid-scan: the scan says so, never "all", and names the key that starts again', async () => {
  // 30 good pages, then a failure: the scan must not present the part it read as the whole.
  const failing = async function* (opts: ListOptions): AsyncIterable<Page<Row>> {
    for (let p = opts.cursor ? Number(opts.cursor) : 0; p < 50; p++) {
      await new Promise((r) => setTimeout(r, 1));
      if (p === 30) throw Object.assign(new Error('We encountered an internal error.'), { name: 'InternalError' });
      const items = Array.from({ length: 100 }, (_, k) => ({ i: p * 100 + k, size: k }));
      yield { items, cursor: p ? String(p) : undefined, next: String(p + 1) };
    }
  };
  const pager = new Pager(failing);
  pager.ensure(0, 10);
  await until(() => pager.length > 0 && !pager.loading);
  const scan = new IndexScan<Row>(pager, { key: (r) => r.size, label: 'size' });
  scan.start();
  await until(() => scan.state === 'failed' || scan.state === 'done');
  assert.equal(scan.state, 'failed');
  assert.equal(scan.read, 3_000);
  assert.match(scan.text(), /^size: a page failed after 3,000 read \(r starts again\)$/);
  assert.match(scan.covers(), /a page failed: r starts again/);
  assert.doesNotMatch(scan.covers(), /\ball\b/);
  pager.dispose();
});

test('after :pagesize, a sorted view reads each dropped page again with the size it was first read with', async () => {
  // Pages start at the row their cursor names and hold as many rows as asked for: a page read again
  // with another size would end early (rows never arriving) or run on into the next one.
  const rowsSource = async function* (opts: ListOptions): AsyncIterable<Page<Row>> {
    for (let start = Number(opts.cursor ?? 0); start < 2000; ) {
      const size = opts.pageSize ?? 100;
      await new Promise((r) => setImmediate(r));
      const items = Array.from({ length: Math.min(size, 2000 - start) }, (_, k) => ({ i: start + k, size: start + k }));
      const next = start + size < 2000 ? String(start + size) : undefined;
      yield { items, cursor: start ? String(start) : undefined, next };
      start += size;
    }
  };
  // Few rows kept, so the sorted view has to fetch rows of the first pages again by their cursors
  // (the index itself keeps the 256 rows at each end: the pages that matter are past them).
  const first = new Pager(rowsSource, { pageSize: 100, keepRows: 120 });
  first.ensure(650, 10);
  await until(() => first.length >= 700 && !first.loading);
  // :pagesize 40 with the cursor on row 650: pages 0–5 (100 rows each) are kept as they were read.
  const pager = first.reopen({ pageSize: 40 }, 650);
  const scan = new IndexScan<Row>(pager, { key: (r) => r.size, label: 'size' });
  scan.start();
  await until(() => scan.state === 'done');
  assert.equal(scan.count(), 2000);
  // Ascending by size is row order: view position i must be row i, however its page was read. Walked
  // in order, as scrolling does (the cache keeps a few pages, not all of them).
  for (let i = 0; i < 2000; i++) {
    const deadline = Date.now() + 2000;
    while (scan.at(i, false) === undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1));
    assert.equal(scan.at(i, false)?.i, i, `view position ${i}`);
  }
});
