// Background reading gives way to keys (src/data/inputQuiet.ts): a scan's next page waits while keys
// come, and goes on QUIET_MS after the last; without keys nothing waits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inputQuiet, noteInput, QUIET_MS } from '../../src/data/inputQuiet';
import { Pager } from '../../src/data/pager';
import { IndexScan } from '../../src/data/collection/indexScan';
import type { ListOptions, Page } from '../../src/data/tree';

test('inputQuiet: at once with no key lately; QUIET_MS after a key; at once when aborted', async () => {
  noteInput(-1e9);
  let t = performance.now();
  await inputQuiet(new AbortController().signal);
  assert.ok(performance.now() - t < QUIET_MS / 2, 'no key lately: no wait');

  t = performance.now();
  noteInput(t);
  await inputQuiet(new AbortController().signal);
  // Timers never fire early; 1 ms for performance.now's and the timer's own rounding.
  assert.ok(performance.now() - t >= QUIET_MS - 1, `waited ${(performance.now() - t).toFixed(1)} ms after the key`);

  // Aborted while it waits: it resolves then, not QUIET_MS after the key.
  const stop = new AbortController();
  noteInput();
  t = performance.now();
  const waiting = inputQuiet(stop.signal);
  stop.abort();
  await waiting;
  assert.ok(performance.now() - t < QUIET_MS - 1, 'an abort ends the wait');
});

test('a sort reading pages waits for its next page while keys come, and reads on after them', async () => {
  noteInput(-1e9);
  const asked: number[] = [];
  // 20 pages of 10 rows, each asked for when the scan wants it.
  const source = async function* (opts: ListOptions): AsyncIterable<Page<{ i: number }>> {
    for (let p = opts.cursor ? Number(opts.cursor) : 0; p < 20; p++) {
      asked.push(performance.now());
      await new Promise((r) => setImmediate(r));
      yield { items: Array.from({ length: 10 }, (_, k) => ({ i: p * 10 + k })), cursor: p ? String(p) : undefined, next: p < 19 ? String(p + 1) : undefined };
    }
  };
  const pager = new Pager(source);
  const scan = new IndexScan<{ i: number }>(pager, { key: (r) => -r.i, label: 'i' });
  // A key now: the scan reads its first page, then waits.
  const keyAt = performance.now();
  noteInput(keyAt);
  scan.start();
  while (scan.state !== 'done') await new Promise((r) => setTimeout(r, 5));
  assert.equal(scan.count(), 200, 'everything read in the end');
  const second = asked[1] - keyAt;
  assert.ok(second >= QUIET_MS - 1, `the second page was asked for ${second.toFixed(1)} ms after the key, not before the quiet`);
  assert.ok(asked.at(-1)! - asked[1] < QUIET_MS, 'with no more keys the rest is read without waiting');
});
