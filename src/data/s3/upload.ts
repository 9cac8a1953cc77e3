// A file to S3 with @aws-sdk/lib-storage's Upload: one PutObject for a small file, multipart above the
// part size (parts sent `queueSize` at a time), progress as parts land. lib-storage's own abort() stops
// feeding parts but lets the parts in flight run to their end and sends AbortMultipartUpload after
// done() has already rejected, so a caller cannot know when nothing is left. Here every request of the
// upload goes through a client of our own that carries the job's AbortSignal (parts stop at once) and
// remembers the upload id, and a cancel ends with our own AbortMultipartUpload, awaited, after the
// parts in flight have settled: when uploadFile returns from a cancel, nothing is left behind.
import type { S3Client } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';

export const MIB = 1024 * 1024;
/** lib-storage's (and S3's) smallest part is 5 MiB; 8 MiB is the AWS CLI's default. */
export const DEFAULT_PART_SIZE = 8 * MIB;
export const DEFAULT_QUEUE_SIZE = 4;
const MAX_PARTS = 10_000;

export interface TransferProgress {
  bytes: number;
  total: number;
  /** Bytes a second since the start. */
  speed: number;
  /** Seconds left at that speed; undefined until something has moved. */
  eta?: number;
}

export interface UploadOptions {
  signal: AbortSignal;
  partSize?: number;
  queueSize?: number;
  /** Default: from the file name (mime-types), else application/octet-stream. */
  contentType?: string;
  onProgress?(p: TransferProgress): void;
  now?(): number;
}

export interface UploadTarget {
  bucket: string;
  key: string;
}

export interface UploadResult {
  bytes: number;
  etag?: string;
  versionId?: string;
  /** Cancelled after CompleteMultipartUpload was sent: the object exists anyway. */
  completedAnyway?: boolean;
}

/** 'report.csv' → 'text/csv; charset=utf-8'; a name mime-types does not know → application/octet-stream. */
export async function contentTypeFor(name: string): Promise<string> {
  // Loaded when first needed: its database is 200 kB of JSON that start-up need not parse.
  const m = await import('mime-types');
  return (m.default ?? m).contentType(basename(name)) || 'application/octet-stream';
}

/** The part size for a file: at least the one asked for, and big enough to stay within 10,000 parts. */
export function partSizeFor(size: number, wanted = DEFAULT_PART_SIZE): number {
  return Math.max(wanted, 5 * MIB, Math.ceil(size / MAX_PARTS / MIB) * MIB);
}

export function progressOf(bytes: number, total: number, startedAt: number, now: number): TransferProgress {
  const speed = bytes / Math.max(0.001, (now - startedAt) / 1000);
  return { bytes, total, speed, eta: speed > 0 ? Math.max(0, (total - bytes) / speed) : undefined };
}

interface Tracked {
  client: S3Client;
  /** The CreateMultipartUpload, once sent. */
  created?: Promise<{ UploadId?: string }>;
  completing: boolean;
  inflight: Set<Promise<unknown>>;
}

async function trackedClient(client: S3Client, signal: AbortSignal): Promise<Tracked> {
  const { CreateMultipartUploadCommand, CompleteMultipartUploadCommand, UploadPartCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const t: Tracked = { client, completing: false, inflight: new Set() };
  // Inherits config, middleware and handler from the real client; only `send` differs.
  const facade = Object.create(client) as S3Client;
  facade.send = ((command: object, options?: object) => {
    // Only the transfers are cut off: a CreateMultipartUpload cut off after S3 saw it would leave an
    // upload nobody can name, and a CompleteMultipartUpload may complete all the same.
    const abortable = command instanceof UploadPartCommand || command instanceof PutObjectCommand;
    const p = (client.send as (c: object, o?: object) => Promise<unknown>)(command, abortable ? { ...options, abortSignal: signal } : options);
    if (command instanceof CreateMultipartUploadCommand) t.created = p as Promise<{ UploadId?: string }>;
    if (command instanceof CompleteMultipartUploadCommand) t.completing = true;
    t.inflight.add(p);
    p.then(
      () => t.inflight.delete(p),
      () => t.inflight.delete(p),
    );
    return p;
  }) as S3Client['send'];
  t.client = facade;
  return t;
}

/** After a cancel: wait for the requests in flight to settle, then abort the multipart upload, awaited. */
async function cleanUp(t: Tracked, real: S3Client, target: UploadTarget): Promise<void> {
  while (t.inflight.size) await Promise.allSettled([...t.inflight]);
  const created = t.created && (await t.created.catch(() => undefined));
  if (!created?.UploadId) return;
  const { AbortMultipartUploadCommand } = await import('@aws-sdk/client-s3');
  try {
    await real.send(new AbortMultipartUploadCommand({ Bucket: target.bucket, Key: target.key, UploadId: created.UploadId }));
  } catch (err) {
    // lib-storage may have aborted it already.
    if ((err as { name?: string }).name === 'NoSuchUpload') return;
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(`Cancelled, but AbortMultipartUpload failed (${why}): parts of upload ${created.UploadId} may be left in s3://${target.bucket}/${target.key}, and billed until aborted.`, { cause: err });
  }
}

export async function uploadFile(client: S3Client, target: UploadTarget, path: string, opts: UploadOptions): Promise<UploadResult> {
  const { Upload } = await import('@aws-sdk/lib-storage');
  const now = opts.now ?? Date.now;
  const size = (await stat(path)).size;
  opts.signal.throwIfAborted();
  const t = await trackedClient(client, opts.signal);
  const upload = new Upload({
    client: t.client,
    partSize: partSizeFor(size, opts.partSize),
    queueSize: opts.queueSize ?? DEFAULT_QUEUE_SIZE,
    params: {
      Bucket: target.bucket,
      Key: target.key,
      // A stream, so a 5 GiB file never sits in memory: lib-storage holds queueSize parts at a time.
      Body: createReadStream(path),
      ContentLength: size,
      ContentType: opts.contentType ?? (await contentTypeFor(path)),
    },
  });
  const startedAt = now();
  upload.on('httpUploadProgress', (e) => opts.onProgress?.(progressOf(e.loaded ?? 0, size, startedAt, now())));
  const onAbort = () => void upload.abort();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    const out = await upload.done();
    opts.onProgress?.(progressOf(size, size, startedAt, now()));
    return { bytes: size, etag: out.ETag, versionId: out.VersionId, completedAnyway: opts.signal.aborted || undefined };
  } catch (err) {
    if (opts.signal.aborted) {
      await cleanUp(t, client, target);
      // A CompleteMultipartUpload already on its way may have finished: say so rather than pretend.
      if (t.completing) {
        const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
        const there = await client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: target.key })).then(() => true, () => false);
        if (there) return { bytes: size, completedAnyway: true };
      }
    }
    throw err;
  } finally {
    opts.signal.removeEventListener('abort', onAbort);
  }
}
