// Every bucket of every account on this sandbox. Bucket names are global in S3, so lookups are by name
// across accounts: another account's bucket answers AccessDenied, not NoSuchBucket, as on AWS.

import type { SandboxAccount } from '../accounts.js';
import { SANDBOX_ACCOUNTS } from '../accounts.js';
import { compareKeys } from './listing.js';
import { demoBuckets, type BucketSpec } from './demoData.js';
import type { BucketStore } from './store.js';
import type { SandboxBucket } from '../types.js';

export class Bucket {
  private built?: BucketStore;
  constructor(
    readonly owner: SandboxAccount,
    private readonly spec: BucketSpec,
  ) {}
  get name(): string {
    return this.spec.name;
  }
  get region(): string {
    return this.spec.region;
  }
  get created(): Date {
    return this.spec.created;
  }
  get denied(): boolean {
    return this.spec.denied === true;
  }
  /** A policy denies deleting this key (DeleteObject / DeleteObjects answer AccessDenied for it). */
  undeletable(key: string): boolean {
    return this.spec.undeletable?.(key) ?? false;
  }
  /** Built on first use: the 50,000-object demo bucket costs nothing until somebody opens it. */
  get store(): BucketStore {
    return (this.built ??= this.spec.build());
  }
}

export class S3World {
  private readonly byName = new Map<string, Bucket>();

  constructor(
    accounts: readonly SandboxAccount[] = SANDBOX_ACCOUNTS,
    specs: (account: SandboxAccount) => BucketSpec[] = demoBuckets,
    extra: readonly SandboxBucket[] = [],
  ) {
    for (const account of accounts) {
      for (const spec of specs(account)) this.byName.set(spec.name, new Bucket(account, spec));
    }
    for (const b of extra) {
      const owner = accounts.find((a) => a.name === b.account);
      if (!owner) throw new Error(`s3Buckets: no sandbox account named '${b.account}'`);
      const { store } = b;
      this.byName.set(
        b.name,
        new Bucket(owner, {
          name: b.name,
          region: b.region ?? owner.region,
          created: new Date(Date.UTC(2024, 0, 1)),
          undeletable: b.undeletable,
          build: typeof store === 'function' ? store : () => store,
        }),
      );
    }
  }

  find(name: string): Bucket | undefined {
    return this.byName.get(name);
  }

  /** An account's buckets in name order, as ListBuckets returns them. */
  bucketsOf(account: SandboxAccount): Bucket[] {
    return [...this.byName.values()]
      .filter((b) => b.owner.accountId === account.accountId)
      .sort((x, y) => compareKeys(x.name, y.name));
  }
}
