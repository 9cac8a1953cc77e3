// GetObject to a local file, streamed (a 5 GiB object never sits in memory), with progress: bytes,
// total, speed. An existing file is never overwritten unless the caller says so; without that, the file
// is opened with 'wx', so one that appeared meanwhile is not clobbered either. A cancelled or failed
// download leaves no half-written file behind.
import type { S3Client } from '@aws-sdk/client-s3';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface DownloadTarget {
  bucket: string;
  key: string;
  versionId?: string;
}

export interface DownloadProgress {
  bytes: number;
  total?: number;
  /** Bytes a second since the start. */
  speed: number;
}

export interface DownloadOptions {
  signal: AbortSignal;
  /** True when the person agreed to replace an existing file. */
  overwrite?: boolean;
  onProgress?(p: DownloadProgress): void;
  now?(): number;
}

export async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? false : Promise.reject(err)),
  );
}

/** The last part of a key, as a file name ('a/b/c.csv' → 'c.csv'; a key ending in '/' → 'download'). */
export function fileNameOf(key: string): string {
  const base = key.split('/').pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '_') || 'download';
}

export async function downloadObject(client: S3Client, target: DownloadTarget, path: string, opts: DownloadOptions): Promise<DownloadProgress> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const now = opts.now ?? Date.now;
  const out = await client.send(
    new GetObjectCommand({ Bucket: target.bucket, Key: target.key, VersionId: target.versionId }),
    { abortSignal: opts.signal },
  );
  const total = out.ContentLength;
  const started = now();
  const progress: DownloadProgress = { bytes: 0, total, speed: 0 };
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      progress.bytes += chunk.length;
      progress.speed = progress.bytes / Math.max(0.001, (now() - started) / 1000);
      opts.onProgress?.({ ...progress });
      done(null, chunk);
    },
  });
  const file = createWriteStream(path, { flags: opts.overwrite ? 'w' : 'wx' });
  let opened = false;
  file.once('open', () => (opened = true));
  try {
    await pipeline(out.Body as Readable, count, file, { signal: opts.signal });
  } catch (err) {
    // Only remove what this download created: 'wx' failing with EEXIST never opened the file.
    if (opened) await rm(path, { force: true });
    throw err;
  }
  opts.onProgress?.({ ...progress });
  return progress;
}
