// Which buckets each demo account owns. Stores are built on first use (see world.ts), so the sandbox
// listens at once and an account nobody touches costs nothing.

import type { SandboxAccount } from '../accounts.js';
import { buildHostileStore } from './demo/hostile.js';
import { buildLogsStore } from './demo/logs.js';
import { buildMediaStore } from './demo/media.js';
import { buildVersionedStore } from './demo/versioned.js';
import { StoredVersion } from './model.js';
import { MemoryBucketStore, type BucketStore } from './store.js';

export interface BucketSpec {
  name: string;
  region: string;
  created: Date;
  /** A bucket policy denies this account everything but seeing the bucket in ListBuckets. */
  denied?: boolean;
  /** Keys this account may not delete (see SandboxBucket.undeletable). */
  undeletable?(key: string): boolean;
  build(): BucketStore;
}

function buildPrivateStore(account: string): MemoryBucketStore {
  const at = new Date(Date.UTC(2024, 2, 3, 4, 5, 6));
  return new MemoryBucketStore(
    undefined,
    ['payroll/2024.csv', 'secrets/api-keys.txt', 'legal/contract.pdf'].map(
      (key) => new StoredVersion({ key, lastModified: at, contentType: 'text/plain' }, Buffer.from(`${account} private\n`)),
    ),
  );
}

export function demoBuckets(account: SandboxAccount): BucketSpec[] {
  const a = account.name;
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 8, a === 'dev' ? 15 : 45, 0));
  return [
    { name: `${a}-logs`, region: account.region, created: day(2023, 1, 10), build: () => buildLogsStore(a) },
    {
      name: `${a}-versioned`,
      // Deliberately not the account's own region, so region handling gets exercised.
      region: a === 'dev' ? 'eu-west-1' : 'us-east-1',
      created: day(2023, 3, 2),
      build: () => buildVersionedStore(a),
    },
    { name: `${a}-media`, region: 'us-west-2', created: day(2023, 5, 20), build: () => buildMediaStore(a) },
    { name: `${a}-private`, region: account.region, created: day(2023, 7, 7), denied: true, build: () => buildPrivateStore(a) },
    { name: `${a}-hostile`, region: account.region, created: day(2024, 7, 4), build: () => buildHostileStore(a) },
  ];
}
