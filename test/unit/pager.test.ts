import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pager } from '../../src/data/pager';
import type { ListOptions, Page } from '../../src/data/tree';

/** A fake paged source of `total` numbers, `size` per page; cursors are start offsets. Counts calls. */
function numbers(total: number, size: number) {
  const calls: (string | undefined)[] = [];
  let gate: Promise<void> | undefined;
  const source = async function* (opts: ListOptions): AsyncIterable<Page<number>> {
    let start = opts.cursor ? Number(opts.cursor) : 0;
    while (start < total) {
      calls.push(opts.cursor === undefined && start === 0 ? undefined : String(start));
      if (gate) await gate;
      if (opts.signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      const items = Array.from({ length: Math.min(size, total - start) }, (_, i) => start + i);
      const next = start + size < total ? String(start + size) : undefined;
      yield { items, cursor: start ? String(start) : undefined, next };
      start += size;
    }
  };
  return { source, calls, hold: (p: Promise<void> | undefined) => (gate = p) };
}

const settled = (pager: Pager<unknown>) =>
  new Promise<void>((resolve) => {
    const check = () => (!pager.loading ? resolve() : setTimeout(check, 1));
    check();
  });

test('loads only the first page until the cursor nears the end of what is loaded', async () => {
  const { source, calls } = numbers(10_000, 100);
  const pager = new Pager(source);
  pager.ensure(0, 20);
  await settled(pager);
  assert.equal(pager.length, 100);
  assert.equal(calls.length, 1);
  pager.ensure(50, 20); // 70 < 100: no request
  await settled(pager);
  assert.equal(calls.length, 1);
  pager.ensure(85, 20); // within a screen of the end: one more page
  await settled(pager);
  assert.equal(pager.length, 200);
  assert.equal(calls.length, 2);
  assert.equal(pager.at(150), 150);
  assert.equal(pager.done, false);
});

test('marks the end when the last page has no next cursor', async () => {
  const { source } = numbers(250, 100);
  const pager = new Pager(source);
  pager.ensure(1000, 10);
  await settled(pager);
  assert.equal(pager.length, 250);
  assert.equal(pager.done, true);
});

test('keeps memory bounded: far pages are dropped and fetched again from their cursor', async () => {
  const { source, calls } = numbers(5_000, 100);
  const pager = new Pager(source, { keepRows: 1_000 });
  for (let i = 0; i < 5_000; i += 100) {
    pager.ensure(i, 50);
    await settled(pager);
  }
  assert.equal(pager.length, 5_000);
  assert.ok(pager.residentRows <= 1_000, `resident ${pager.residentRows}`);
  assert.equal(pager.at(10), undefined, 'the first page was dropped');
  const before = calls.length;
  pager.ensure(10, 50);
  await settled(pager);
  assert.equal(pager.at(10), 10);
  assert.equal(calls.length, before + 1, 'exactly one refetch');
  assert.equal(calls[calls.length - 1], undefined, 'the first page is fetched with no cursor');
});

test('an error stops loading; retry resumes from the last good page', async () => {
  let fail = true;
  const { source, calls } = numbers(300, 100);
  const flaky = (opts: ListOptions) =>
    (async function* () {
      for await (const p of source(opts)) {
        if (p.cursor === '100' && fail) throw new Error('boom');
        yield p;
      }
    })();
  const pager = new Pager(flaky);
  pager.ensure(0, 250);
  await settled(pager);
  assert.equal(pager.length, 100);
  assert.equal((pager.error as Error).message, 'boom');
  fail = false;
  pager.retry();
  await settled(pager);
  assert.equal(pager.error, undefined);
  assert.equal(pager.length, 300);
  assert.deepEqual(calls.slice(-2), ['100', '200'], 'resumed from the failed page, not from the start');
  assert.deepEqual([...pager.residentEntries()].map(([, v]) => v), Array.from({ length: 300 }, (_, i) => i));
});

test('dispose aborts the request in flight and sends nothing further', async () => {
  const { source, calls, hold } = numbers(1_000, 100);
  let release!: () => void;
  hold(new Promise<void>((r) => (release = r)));
  const pager = new Pager(source);
  pager.ensure(0, 500);
  pager.dispose();
  release();
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(calls.length, 1);
  assert.equal(pager.length, 0);
});

test('toEnd walks to the true end in one call, keeping the window at the end', async () => {
  const { source, calls } = numbers(5_000, 100);
  const pager = new Pager(source, { keepRows: 1_000 });
  pager.ensure(0, 20);
  await settled(pager);
  assert.equal(await pager.toEnd(), true);
  assert.equal(pager.done, true);
  assert.equal(pager.length, 5_000);
  assert.equal(calls.length, 50, 'every page once');
  assert.ok(pager.residentRows <= 1_000);
  assert.equal(pager.at(4_999), 4_999, 'the end is held');
  assert.equal(pager.walking, false);
});

test('a walk to the end of a listing larger than the window keeps only the tail; one that fits keeps it all', async () => {
  const big = numbers(30_000, 100);
  const pager = new Pager(big.source, { keepRows: 10_000 });
  let peakPastWindow = 0;
  pager.subscribe(() => {
    if (pager.length > 10_000) peakPastWindow = Math.max(peakPastWindow, pager.residentRows);
  });
  pager.ensure(0, 20);
  await settled(pager);
  assert.equal(await pager.toEnd(), true);
  assert.equal(pager.length, 30_000);
  // The rows walked over were never on screen: not kept once the listing outgrew the window.
  assert.ok(peakPastWindow <= 2_000 + 100, `at most the tail while walking, ${peakPastWindow} held`);
  assert.ok(pager.residentRows <= 2_000, `the tail after the walk, ${pager.residentRows} held`);
  assert.equal(pager.at(29_999), 29_999, 'the end is held');
  assert.equal(pager.at(20_000), undefined, 'a row far behind was dropped');
  // Back over them: fetched again by cursor, as after any drop.
  pager.ensure(20_000, 50);
  await settled(pager);
  assert.equal(pager.at(20_000), 20_000);

  const small = numbers(8_000, 100);
  const fits = new Pager(small.source, { keepRows: 10_000 });
  fits.ensure(0, 20);
  await settled(fits);
  assert.equal(await fits.toEnd(), true);
  assert.equal(fits.residentRows, 8_000, 'a listing within the window is kept whole');
  const sent = small.calls.length;
  fits.ensure(0, 50);
  await settled(fits);
  assert.equal(fits.at(0), 0);
  assert.equal(small.calls.length, sent, 'back to the top sends nothing');
});

test('stopWalk ends the walk where it is, before the end', async () => {
  const { source, hold } = numbers(5_000, 100);
  const pager = new Pager(source);
  pager.ensure(0, 20); // the cursor at the top, as the browser leaves it
  await settled(pager);
  let release!: () => void;
  const walk = pager.toEnd();
  assert.equal(pager.walking, true);
  await new Promise<void>((resolve) => {
    const off = pager.subscribe(() => {
      if (pager.length >= 500) {
        off();
        hold(new Promise<void>((r) => (release = r)));
        pager.stopWalk();
        resolve();
      }
    });
  });
  assert.equal(await walk, false);
  release();
  await settled(pager);
  assert.ok(pager.length <= 700 && !pager.done, `stopped at ${pager.length}: the page in flight, nothing after`);
});

test('pageList and heldPage: every page read, in order, with its cursor; the rows only of pages still held', async () => {
  const { source } = numbers(1_000, 100);
  const pager = new Pager(source, { keepRows: 400, pageSize: 100 });
  pager.ensure(250, 20);
  await settled(pager);
  const first = pager.pageList();
  assert.deepEqual(first.pages.map((p) => [p.start, p.cursor]), [[0, undefined], [100, '100'], [200, '200']]);
  assert.equal(first.next, '300');
  assert.equal(first.end, false);
  assert.deepEqual(pager.heldPage(100), Array.from({ length: 100 }, (_, i) => 100 + i));
  assert.equal(pager.heldPage(150), undefined, 'only by the start of a page');
  for (let i = 0; i < 1_000; i += 100) {
    pager.ensure(i, 20);
    await settled(pager);
  }
  const later = pager.pageList();
  // Dropped pages stay in the list (a whole-collection scan reads them again by their cursor).
  assert.equal(later.pages.length, 10);
  assert.equal(later.end, true);
  assert.equal(pager.heldPage(0), undefined, 'the first page was dropped');
  assert.ok(pager.heldPage(900), 'the page under the cursor is held');
});

test('reopen (:pagesize) reads again at once from the page under the cursor; the rows above stay', async () => {
  const { source, calls } = numbers(1_000, 100);
  const pager = new Pager(source, { pageSize: 100 });
  pager.ensure(550, 20);
  await settled(pager);
  const before = calls.length;
  const next = pager.reopen({ pageSize: 50 }, 550);
  next.ensure(550, 20);
  await settled(next);
  assert.equal(calls[before], '500', 'the first request starts at the page holding the cursor');
  assert.equal(next.at(550), 550);
  assert.equal(next.at(10), 10, 'the rows above were kept');
  assert.equal(next.pageSize, 50);
});

test('seed: a listing known in memory is whole at once, and the source is not asked for it', async () => {
  const { source, calls } = numbers(3, 100);
  const pager = new Pager(source);
  const seen: number[] = [];
  pager.subscribe(() => seen.push(pager.version));
  const profiles = [0, 1, 2];
  pager.seed(profiles);
  // Synchronously: the first frame drawn already has the rows, and says they are all of them.
  assert.equal(pager.length, 3);
  assert.equal(pager.done, true);
  assert.equal(pager.loading, false);
  assert.equal(pager.at(2), 2);
  assert.equal(seen.length, 1, 'subscribers hear of it (the version moved)');
  // The cursor asking for rows, far past the end, sends nothing: the listing is finished.
  pager.ensure(0, 50);
  pager.ensure(500, 50);
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(calls.length, 0);
  // The whole listing as a scan sees it: one held page, nothing to read on.
  assert.deepEqual(pager.pageList(), { pages: [{ start: 0, count: 3, cursor: undefined, size: undefined }], next: undefined, end: true });
  assert.deepEqual(pager.heldPage(0), [0, 1, 2]);
  // An in-place update (a waiter) changes the pager's rows, not the caller's list.
  pager.update((n) => (n === 1 ? 10 : undefined));
  assert.equal(pager.at(1), 10);
  assert.deepEqual(profiles, [0, 1, 2]);
  // A pager that has read is not seeded over (it would hold two first pages).
  assert.throws(() => pager.seed([9]));
  // The source is still the listing's: `:pagesize` (reopen) at the top reads it again.
  const fresh = pager.reopen({ pageSize: 2 }, 0);
  fresh.ensure(0, 10);
  await settled(fresh);
  assert.equal(calls.length, 1);
  assert.equal(fresh.length, 3);
});
