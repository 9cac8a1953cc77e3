import { test } from 'node:test';
import assert from 'node:assert/strict';
import { median, percentile, ratio } from '../../bench/stats';

test('median: middle sample, mean of the two middle ones for an even count, order-independent', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.ok(Number.isNaN(median([])));
});

test('percentile: nearest rank, so p95 of 20 samples is the 19th smallest', () => {
  const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
  assert.equal(percentile(samples, 95), 19);
  assert.equal(percentile(samples, 100), 20);
  assert.equal(percentile(samples, 0), 1);
  assert.equal(percentile(samples, 50), 10);
  assert.equal(percentile([5, 1, 9], 95), 9);
  assert.throws(() => percentile([1], 101), RangeError);
});

test('ratio: NaN when a figure is missing, never 0 or Infinity', () => {
  assert.equal(ratio(3, 2), 1.5);
  assert.ok(Number.isNaN(ratio(1, 0)));
  assert.ok(Number.isNaN(ratio(NaN, 2)));
});
