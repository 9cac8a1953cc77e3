// Server-side copy and move of objects: the bytes never come through awsnav. Up to 5 GiB one
// CopyObject does it; above that S3 refuses CopyObject and the copy is a multipart upload whose parts
// are UploadPartCopy ranges of the source (the threshold is a parameter, so tests can use a small
// one). Takes a list of keys (marks, when they come, are just a longer list). A move copies first and
// deletes a source only once its copy is complete: a copy that failed deletes nothing.
import type { S3Client } from '@aws-sdk/client-s3';
import { MIB } from './upload';

export const COPY_LIMIT = 5 * 1024 ** 3;
export const DEFAULT_COPY_PART = 512 * MIB;

export interface CopySource {
  key: string;
  versionId?: string;
  /** From the listing; asked with HeadObject when unknown. */
  size?: number;
}

export interface CopyPlan {
  sourceBucket: string;
  sources: CopySource[];
  destBucket: string;
  /** Where each source goes: its key with `fromPrefix` replaced by `toPrefix`, or one exact key. */
  destKey(source: CopySource): string;
}

export interface CopyOptions {
  signal: AbortSignal;
  move?: boolean;
  /** Above this size, multipart with UploadPartCopy (default S3's 5 GiB). */
  multipartAbove?: number;
  partSize?: number;
  /** Parts copied at the same time. */
  queueSize?: number;
  onProgress?(p: { done: number; failed: number; bytes: number; total: number }): void;
  /** One line per key: '✔ a → b' / '✘ a: why'. */
  onKey?(line: string, ok: boolean): void;
}

export interface CopyResult {
  copied: number;
  failed: number;
  deleted: number;
  bytes: number;
  stopped: boolean;
}

export interface Clients {
  /** The destination bucket's region (CopyObject is sent where the copy lands). */
  dest: S3Client;
  /** The source bucket's region (HeadObject, DeleteObject of the source). */
  source: S3Client;
}

/** x-amz-copy-source: 'bucket/key?versionId=…', the key URL-encoded with its slashes kept. */
export function copySource(bucket: string, key: string, versionId?: string): string {
  const path = `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  return versionId ? `${path}?versionId=${encodeURIComponent(versionId)}` : path;
}

/**
 * Where `:cp DEST` sends keys listed under `prefix` of `bucket`: 's3://b/p/' another bucket, '/p/' this
 * bucket from its top, 'p/' relative to the prefix in view. A DEST not ending in '/' names the new key
 * itself when there is one source; with several it is a folder all the same.
 */
export function parseDestination(dest: string, here: { bucket: string; prefix: string }, count: number): { bucket: string; prefix: string; exact?: string } | string {
  let d = dest.trim();
  let bucket = here.bucket;
  if (!d) return 'Give a destination: s3://bucket/folder/, /folder/ (this bucket) or folder/ (under this one).';
  if (d.startsWith('s3://')) {
    const rest = d.slice(5);
    const slash = rest.indexOf('/');
    bucket = slash < 0 ? rest : rest.slice(0, slash);
    d = slash < 0 ? '' : rest.slice(slash + 1);
    if (!bucket) return 'The destination names no bucket: write s3://bucket/folder/.';
  } else if (d.startsWith('/')) d = d.slice(1);
  else d = here.prefix + d;
  if (d === '' || d.endsWith('/') || count > 1) return { bucket, prefix: d === '' || d.endsWith('/') ? d : `${d}/` };
  return { bucket, prefix: '', exact: d };
}

async function sizeOf(client: S3Client, bucket: string, s: CopySource, signal: AbortSignal) {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  return client.send(new HeadObjectCommand({ Bucket: bucket, Key: s.key, VersionId: s.versionId }), { abortSignal: signal });
}

/** A copy above the threshold: CreateMultipartUpload, UploadPartCopy ranges, Complete; aborted on failure. */
export async function multipartCopy(c: Clients, from: { bucket: string; source: CopySource; size: number }, to: { bucket: string; key: string }, opts: CopyOptions): Promise<void> {
  const s3 = await import('@aws-sdk/client-s3');
  const head = await sizeOf(c.source, from.bucket, from.source, opts.signal);
  // UploadPartCopy takes bytes only: content type and metadata are set on the upload, as CopyObject keeps them.
  const created = await c.dest.send(
    new s3.CreateMultipartUploadCommand({
      Bucket: to.bucket,
      Key: to.key,
      ContentType: head.ContentType,
      Metadata: head.Metadata,
      CacheControl: head.CacheControl,
      ContentDisposition: head.ContentDisposition,
      ContentEncoding: head.ContentEncoding,
      ContentLanguage: head.ContentLanguage,
    }),
    { abortSignal: opts.signal },
  );
  const uploadId = created.UploadId!;
  const partSize = Math.max(5 * MIB, opts.partSize ?? DEFAULT_COPY_PART, Math.ceil(from.size / 10_000));
  const count = Math.ceil(from.size / partSize);
  const parts: { PartNumber: number; ETag?: string }[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const start = i * partSize;
      const end = Math.min(from.size, start + partSize) - 1;
      const out = await c.dest.send(
        new s3.UploadPartCopyCommand({
          Bucket: to.bucket,
          Key: to.key,
          UploadId: uploadId,
          PartNumber: i + 1,
          CopySource: copySource(from.bucket, from.source.key, from.source.versionId ?? head.VersionId),
          CopySourceRange: `bytes=${start}-${end}`,
        }),
        { abortSignal: opts.signal },
      );
      parts[i] = { PartNumber: i + 1, ETag: out.CopyPartResult?.ETag };
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(count, opts.queueSize ?? 4) }, worker));
    await c.dest.send(new s3.CompleteMultipartUploadCommand({ Bucket: to.bucket, Key: to.key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
  } catch (err) {
    // Not with the job's signal: after a cancel, the abort must still go out.
    await c.dest.send(new s3.AbortMultipartUploadCommand({ Bucket: to.bucket, Key: to.key, UploadId: uploadId })).catch(() => {});
    throw err;
  }
}

/** One object, server-side: CopyObject up to the threshold, multipart above it. */
export async function copyOne(c: Clients, from: { bucket: string; source: CopySource }, to: { bucket: string; key: string }, opts: CopyOptions): Promise<number> {
  const size = from.source.size ?? (await sizeOf(c.source, from.bucket, from.source, opts.signal)).ContentLength ?? 0;
  if (size > (opts.multipartAbove ?? COPY_LIMIT)) {
    await multipartCopy(c, { ...from, size }, to, opts);
    return size;
  }
  const { CopyObjectCommand } = await import('@aws-sdk/client-s3');
  await c.dest.send(
    new CopyObjectCommand({ Bucket: to.bucket, Key: to.key, CopySource: copySource(from.bucket, from.source.key, from.source.versionId) }),
    { abortSignal: opts.signal },
  );
  return size;
}

export async function copyObjects(c: Clients, plan: CopyPlan, opts: CopyOptions): Promise<CopyResult> {
  const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
  const r: CopyResult = { copied: 0, failed: 0, deleted: 0, bytes: 0, stopped: false };
  const total = plan.sources.reduce((s, x) => s + (x.size ?? 0), 0);
  for (const source of plan.sources) {
    if (opts.signal.aborted) break;
    const to = { bucket: plan.destBucket, key: plan.destKey(source) };
    const arrow = `${plan.sourceBucket}/${source.key} → ${to.bucket}/${to.key}`;
    if (plan.sourceBucket === to.bucket && source.key === to.key) {
      r.failed++;
      opts.onKey?.(`✘ ${arrow}: the source and the destination are the same key`, false);
      continue;
    }
    try {
      r.bytes += await copyOne(c, { bucket: plan.sourceBucket, source }, to, opts);
      r.copied++;
    } catch (err) {
      if (opts.signal.aborted) break;
      r.failed++;
      opts.onKey?.(`✘ ${arrow}: ${err instanceof Error ? err.message : String(err)} (nothing deleted)`, false);
      opts.onProgress?.({ done: r.copied, failed: r.failed, bytes: r.bytes, total });
      continue;
    }
    if (opts.move) {
      // Only this source, only now that its copy is complete; a cancel from here on still lets it finish,
      // so a moved object is never left in both places or in none.
      await c.source.send(new DeleteObjectCommand({ Bucket: plan.sourceBucket, Key: source.key, VersionId: source.versionId }));
      r.deleted++;
    }
    opts.onKey?.(`✔ ${arrow}`, true);
    opts.onProgress?.({ done: r.copied, failed: r.failed, bytes: r.bytes, total });
  }
  r.stopped = opts.signal.aborted;
  return r;
}
