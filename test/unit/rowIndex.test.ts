// The sorted snapshot of a whole-collection sort (rowIndex.ts) is brought up to date in the scan's own
// turn (refresh, just before the scan says it progressed), never in a look while reading: a look is a
// frame being drawn, often a key's, and a merge of a million rows would make that key wait (bench 4c).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RowIndex } from '../../src/data/collection/rowIndex';

const page = (from: number, n: number) => Array.from({ length: n }, (_, k) => ({ size: (from + k) * 7919 % 1000 }));

test('while reading, a look uses the latest snapshot; refresh merges at most every 300 ms; after reading, a look merges', async () => {
  const index = new RowIndex<{ size: number }>({ key: (r) => r.size, label: 'size' });
  index.add(page(0, 100), 0);
  assert.equal(index.count(true), 100, 'the first look, with no snapshot yet, sorts what there is');
  index.add(page(100, 100), 100);
  index.refresh();
  assert.equal(index.count(true), 100, 'a refresh within 300 ms of the last merge keeps the snapshot');
  await new Promise((r) => setTimeout(r, 320));
  assert.equal(index.count(true), 100, 'a look while reading never merges, however old the snapshot');
  assert.equal(index.rowAt(0, false, true), [...Array(100).keys()].sort((a, b) => page(a, 1)[0].size - page(b, 1)[0].size || a - b)[0]);
  index.refresh();
  assert.equal(index.count(true), 200, 'the scan\'s refresh, 300 ms on, merges');
  index.add(page(200, 50), 200);
  assert.equal(index.count(false), 250, 'once reading has ended, a look merges the rest at once');
  const sizes = Array.from({ length: 250 }, (_, i) => page(index.rowAt(i, false, false)!, 1)[0].size);
  assert.deepEqual(sizes, [...sizes].sort((a, b) => a - b));
});
