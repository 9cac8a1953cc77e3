// Truth for the whole-collection tests: every key and size as the bare SDK lists them, and checks of a
// sort or filter index against it.
import assert from 'node:assert/strict';
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import type { TreeNode } from '../../src/data/tree';
import type { IndexScan } from '../../src/data/collection/indexScan';

export async function truthOf(client: S3Client, bucket: string, prefix?: string): Promise<{ keys: string[]; sizes: number[] }> {
  const keys: string[] = [];
  const sizes: number[] = [];
  for await (const out of paginateListObjectsV2({ client, pageSize: 1000 }, { Bucket: bucket, Prefix: prefix })) {
    for (const o of out.Contents ?? []) {
      keys.push(o.Key!);
      sizes.push(o.Size!);
    }
  }
  return { keys, sizes };
}

/** Polls a predicate (never a fixed sleep). */
export async function waitFor(pred: () => boolean, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${pred}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const labelOf = (n: TreeNode | undefined) => n?.label;

/**
 * The index is a permutation of every row, ordered by size (largest first descending, smallest first
 * ascending), and the rows it shows at either end are the true ones (read back by their page's cursor).
 */
export async function checkSorted(scan: IndexScan<TreeNode>, truth: { keys: string[]; sizes: number[] }, size: (n: TreeNode) => number) {
  const n = truth.keys.length;
  assert.equal(scan.count(), n);
  const seen = new Uint8Array(n);
  let previous = Infinity;
  for (let i = 0; i < n; i++) {
    const row = scan.rowAt(i, true)!;
    assert.equal(seen[row], 0, `row ${row} twice`);
    seen[row] = 1;
    assert.ok(truth.sizes[row] <= previous, `position ${i} is larger than the one before`);
    previous = truth.sizes[row];
  }
  const max = Math.max(...truth.sizes);
  const min = Math.min(...truth.sizes);
  for (const [i, desc, want] of [[0, true, max], [n - 1, true, min], [0, false, min], [n - 1, false, max]] as const) {
    await waitFor(() => scan.at(i, desc) !== undefined);
    const row = scan.at(i, desc)!;
    assert.equal(size(row), want, `position ${i} ${desc ? '↓' : '↑'}`);
    assert.equal(labelOf(row), truth.keys[scan.rowAt(i, desc)!]);
  }
  // The first screen, as it would be drawn: the true largest, in order.
  const top = [...truth.sizes].sort((a, b) => b - a).slice(0, 40);
  for (let i = 0; i < 40; i++) {
    await waitFor(() => scan.at(i, true) !== undefined);
    assert.equal(size(scan.at(i, true)!), top[i]);
  }
}

export async function checkFilter(scan: IndexScan<TreeNode>, expected: string[]) {
  assert.equal(scan.count(), expected.length);
  const found: string[] = [];
  for (let i = 0; i < scan.count(); i++) {
    await waitFor(() => scan.at(i, false) !== undefined);
    found.push(scan.at(i, false)!.label);
  }
  assert.equal(new Set(found).size, found.length, 'no match twice');
  assert.deepEqual(found, expected);
}
