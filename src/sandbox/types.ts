// The sandbox's public types. Kept apart from index.ts so that service modules can import them without
// importing the server (and so without import cycles).

import type { BucketStore } from './s3/store.js';

/** A bucket added to the demo data, e.g. a benchmark's synthetic million-key bucket (s3/synthetic.ts). */
export interface SandboxBucket {
  account: 'dev' | 'prod';
  name: string;
  /** Default: the account's region. */
  region?: string;
  /** A store, or a function that builds it on first use. */
  store: BucketStore | (() => BucketStore);
  /**
   * Keys a bucket policy (or a legal hold) protects from deletion: DeleteObject answers AccessDenied
   * and DeleteObjects reports them key by key, as S3 does, so per-key errors can be tested.
   */
  undeletable?(key: string): boolean;
}

export interface SandboxOptions {
  /** Port to listen on; default 0 = any free port. */
  port?: number;
  /** Added before every response (default 0), so tests can watch spinners, cancellation and timeouts. */
  latencyMs?: number;
  /** Extra S3 buckets, added to the named account's demo buckets (a same-named demo bucket is replaced). */
  s3Buckets?: SandboxBucket[];
  /** How long EC2 state changes take (pending → running, stopping → stopped…); default a few seconds. */
  ec2TransitionMs?: number;
}

export type SandboxService = 's3' | 'ec2' | 'sts' | 'unknown';

export interface SandboxRequest {
  service: SandboxService;
  /** The account's name ('dev' / 'prod'), or '' when the request carried no known access key. */
  account: string;
  method: string;
  /** The API operation, e.g. 'ListObjectsV2'; 'unknown' until (or unless) the service recognises it. */
  op: string;
  bucket?: string;
  key?: string;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface Sandbox {
  url: string;
  port: number;
  /** Every request served, in arrival order. */
  requests: SandboxRequest[];
  /** Closes the server and destroys open keep-alive sockets, so it never hangs a test. */
  close(): Promise<void>;
}
