// boto3's `bucket.objects.filter(Prefix=p).delete()` and `bucket.object_versions.filter(Prefix=p).delete()`:
// list a page of up to 1,000 keys, delete it with one DeleteObjects, repeat. The signal is checked
// between batches only: a DeleteObjects already sent is let finish, so the counts stay true.
import type { S3Client } from '@aws-sdk/client-s3';
import { listObjects, MAX_KEYS } from './objects';
import { listObjectVersions } from './versions';

export interface BatchTarget {
  bucket: string;
  prefix: string;
  /** Every version and delete marker (permanent), rather than the current objects. */
  versions?: boolean;
}

export interface KeyError {
  key: string;
  versionId?: string;
  code: string;
  message: string;
}

export interface BatchProgress {
  deleted: number;
  failed: number;
  batches: number;
  /** The per-key errors of the batch just done. */
  errors: KeyError[];
}

export interface BatchResult {
  deleted: number;
  failed: number;
  batches: number;
  /** Stopped between batches (cancelled) rather than run out of keys. */
  stopped: boolean;
}

export interface Item {
  Key: string;
  VersionId?: string;
}

/** What a batch delete would touch: keys (or versions and markers) and their bytes. */
export async function countUnder(
  client: S3Client,
  target: BatchTarget,
  signal: AbortSignal,
  onCount?: (count: number) => void,
): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  const pages = target.versions
    ? listObjectVersions(client, { bucket: target.bucket, prefix: target.prefix }, { signal })
    : listObjects(client, { bucket: target.bucket, prefix: target.prefix }, { signal });
  for await (const page of pages) {
    for (const e of page.items) {
      if (e.kind === 'prefix') continue;
      count++;
      bytes += e.size ?? 0;
    }
    onCount?.(count);
  }
  return { count, bytes };
}

/** Batches of at most 1,000 items (S3's limit for DeleteObjects), in key order. */
async function* batches(client: S3Client, target: BatchTarget, failed: Set<string>, signal: AbortSignal): AsyncIterable<Item[]> {
  if (!target.versions) {
    // StartAfter the last key seen: correct whatever was deleted meanwhile, and no key is listed twice.
    let startAfter: string | undefined;
    for (;;) {
      const it = listObjects(client, { bucket: target.bucket, prefix: target.prefix, startAfter }, { signal, pageSize: MAX_KEYS });
      const first = await it[Symbol.asyncIterator]().next();
      const items = first.done ? [] : first.value.items.filter((e) => e.kind === 'object');
      if (items.length === 0) return;
      yield items.map((e) => ({ Key: e.key }));
      startAfter = items[items.length - 1].key;
      if (first.done || first.value.next === undefined) return;
    }
  }
  // Versions: the markers must name a version that still exists, so every batch lists again from the
  // start (what was deleted is gone); only versions that failed to delete are stepped over.
  let cursor: string | undefined;
  for (;;) {
    const it = listObjectVersions(client, { bucket: target.bucket, prefix: target.prefix }, { signal, cursor, pageSize: MAX_KEYS });
    const first = await it[Symbol.asyncIterator]().next();
    if (first.done) return;
    const page = first.value;
    const todo = page.items
      .filter((e) => e.kind !== 'prefix' && !failed.has(`${e.key}\u0000${e.versionId}`))
      .map((e) => ({ Key: e.key, VersionId: e.versionId }));
    if (todo.length > 0) yield todo;
    else if (page.next === undefined) return;
    else cursor = page.next; // a whole page of failures: step past it
    if (todo.length > 0 && page.next === undefined && todo.length === page.items.length) return;
  }
}

export async function deleteUnder(
  client: S3Client,
  target: BatchTarget,
  opts: { signal: AbortSignal; onBatch?(p: BatchProgress): void },
): Promise<BatchResult> {
  const failed = new Set<string>();
  return deleteBatches(client, target.bucket, (signal) => batches(client, target, failed, signal), {
    ...opts,
    onErrors: (errors) => errors.forEach((e) => failed.add(`${e.key}\u0000${e.versionId}`)),
  });
}

/**
 * Named keys (marked rows) deleted in batches of at most 1,000, one DeleteObjects each: boto3's
 * `bucket.delete_objects` over chunks. Same counts, progress and stop rule as a prefix delete.
 */
export async function deleteKeys(
  client: S3Client,
  bucket: string,
  items: Item[],
  opts: { signal: AbortSignal; onBatch?(p: BatchProgress): void },
): Promise<BatchResult> {
  async function* chunks(): AsyncIterable<Item[]> {
    for (let i = 0; i < items.length; i += MAX_KEYS) yield items.slice(i, i + MAX_KEYS);
  }
  return deleteBatches(client, bucket, chunks, opts);
}

async function deleteBatches(
  client: S3Client,
  bucket: string,
  source: (signal: AbortSignal) => AsyncIterable<Item[]>,
  opts: { signal: AbortSignal; onBatch?(p: BatchProgress): void; onErrors?(errors: KeyError[]): void },
): Promise<BatchResult> {
  const { DeleteObjectsCommand } = await import('@aws-sdk/client-s3');
  const result: BatchResult = { deleted: 0, failed: 0, batches: 0, stopped: false };
  // Listing requests may be aborted at once; a DeleteObjects in flight is not (see above).
  try {
    for await (const items of source(opts.signal)) {
      if (opts.signal.aborted) break;
      await deleteBatch(items);
      if (opts.signal.aborted) break;
    }
  } catch (err) {
    // Cancelled while listing the next batch: that is a stop between batches, not a failure.
    if (!opts.signal.aborted) throw err;
  }
  result.stopped = opts.signal.aborted;
  return result;

  async function deleteBatch(items: Item[]) {
    const out = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: items, Quiet: true } }));
    const errors: KeyError[] = (out.Errors ?? []).map((e) => ({
      key: e.Key ?? '',
      versionId: e.VersionId,
      code: e.Code ?? 'Error',
      message: e.Message ?? '',
    }));
    opts.onErrors?.(errors);
    result.batches++;
    result.failed += errors.length;
    result.deleted += items.length - errors.length;
    opts.onBatch?.({ deleted: result.deleted, failed: result.failed, batches: result.batches, errors });
  }
}
