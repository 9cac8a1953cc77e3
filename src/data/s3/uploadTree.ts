// A folder to S3, recursively, as one transfer: every regular file under it lands at
// `prefix + folder name + its path relative to the folder` ('/' between parts, whatever the name holds:
// spaces, '%', '#', '+', unicode, even a newline), a few files at a time, each through uploadFile. Per
// file a line (✔ / ✘ with the reason), and a summary; a file that fails does not stop the others, a
// cancel stops them all and aborts what was in flight.
import type { Dirent } from 'node:fs';
import type { S3Client } from '@aws-sdk/client-s3';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { progressOf, uploadFile, type TransferProgress, type UploadOptions } from './upload';

export interface TreeFile {
  path: string;
  /** Relative to the folder's parent, '/'-separated: 'photos/2024/a b.jpg'. */
  rel: string;
  size: number;
}

export interface TreeListing {
  files: TreeFile[];
  bytes: number;
  /** Symbolic links and special files, not followed (a link may point above the folder, or loop). */
  skipped: string[];
}

/**
 * A folder upload is one job the person confirms knowing its size; past this many files it is more
 * likely a slip ('/', '..', a home folder) than a folder meant for one bucket prefix, and the walk stops.
 */
export const MAX_TREE_FILES = 20_000;

export async function listTree(root: string, signal?: AbortSignal, maxFiles = MAX_TREE_FILES): Promise<TreeListing> {
  const out: TreeListing = { files: [], bytes: 0, skipped: [] };
  const top = basename(root.replace(/\/+$/, '')) || 'upload';
  async function walk(dir: string, rel: string): Promise<void> {
    signal?.throwIfAborted();
    const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(path, r);
      else if (e.isFile()) {
        if (out.files.length >= maxFiles) {
          throw new Error(`${root} holds more than ${maxFiles.toLocaleString('en-US')} files: upload its folders one at a time.`);
        }
        const size = (await stat(path)).size;
        out.files.push({ path, rel: r, size });
        out.bytes += size;
      } else out.skipped.push(r);
    }
  }
  await walk(root, top);
  return out;
}

export interface TreeUploadOptions extends Omit<UploadOptions, 'onProgress' | 'contentType'> {
  /** Files sent at the same time (each with its own parts in flight). */
  files?: number;
  onProgress?(p: TransferProgress & { filesDone: number; filesFailed: number }): void;
  /** One line per file as it ends: '✔ key (size)' or '✘ key: why'. */
  onFile?(line: string, ok: boolean): void;
}

export interface TreeUploadResult {
  uploaded: number;
  failed: number;
  bytes: number;
  stopped: boolean;
}

export async function uploadTree(
  client: S3Client,
  target: { bucket: string; prefix: string },
  listing: TreeListing,
  opts: TreeUploadOptions,
): Promise<TreeUploadResult> {
  const now = opts.now ?? Date.now;
  const startedAt = now();
  const moving = new Map<string, number>();
  let settled = 0;
  const r: TreeUploadResult = { uploaded: 0, failed: 0, bytes: 0, stopped: false };
  const report = () => {
    let bytes = settled;
    for (const b of moving.values()) bytes += b;
    opts.onProgress?.({ ...progressOf(bytes, listing.bytes, startedAt, now()), filesDone: r.uploaded, filesFailed: r.failed });
  };
  const queue = [...listing.files];
  async function worker(): Promise<void> {
    for (let f = queue.shift(); f && !opts.signal.aborted; f = queue.shift()) {
      const key = target.prefix + f.rel;
      moving.set(key, 0);
      try {
        await uploadFile(client, { bucket: target.bucket, key }, f.path, {
          ...opts,
          onProgress: (p) => {
            moving.set(key, p.bytes);
            report();
          },
        });
        r.uploaded++;
        r.bytes += f.size;
        opts.onFile?.(`✔ ${key} (${f.size} bytes)`, true);
      } catch (err) {
        if (opts.signal.aborted) break;
        r.failed++;
        opts.onFile?.(`✘ ${key}: ${err instanceof Error ? err.message : String(err)}`, false);
      } finally {
        moving.delete(key);
        settled += f.size;
        report();
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, opts.files ?? 4) }, worker));
  r.stopped = opts.signal.aborted;
  return r;
}
