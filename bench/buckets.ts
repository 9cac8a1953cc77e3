// The benchmark's buckets, in the sandbox's dev account. Their keys are computed from their index
// (SyntheticBucketStore), so a million keys cost the server no memory and every page costs what a page
// of any bucket costs.
import { MemoryBucketStore, SyntheticBucketStore, type SandboxBucket } from '../src/sandbox/index';

/** A bucket with one prefix of a million objects, the size where a listing must not be loaded whole. */
export const MILLION_BUCKET = 'bench-million';
export const MILLION_PREFIX = 'big/';
export const MILLION = 1_000_000;
export const millionKey = (i: number) => `${MILLION_PREFIX}obj-${String(i).padStart(7, '0')}`;

/** A flat bucket for the full scan. */
export const SCAN_BUCKET = 'bench-scan';
export const SCAN_KEYS = 200_000;
export const scanKey = (i: number) => `logs/2024/event-${String(i).padStart(6, '0')}.json`;

/** An empty, writable bucket for the upload figure (its objects are kept in memory while the bench runs). */
export const UPLOAD_BUCKET = 'bench-upload';
export const uploadBenchBucket = (): SandboxBucket => ({ account: 'dev', name: UPLOAD_BUCKET, store: () => new MemoryBucketStore(undefined) });

export const benchBuckets = (): SandboxBucket[] => [
  uploadBenchBucket(),
  {
    account: 'dev',
    name: MILLION_BUCKET,
    store: () => new SyntheticBucketStore({ count: MILLION, keyAt: millionKey, sizeAt: (i) => 512 + (i % 4096) }),
  },
  {
    account: 'dev',
    name: SCAN_BUCKET,
    store: () => new SyntheticBucketStore({ count: SCAN_KEYS, keyAt: scanKey, sizeAt: (i) => 200 + (i % 800) }),
  },
];
