// Every bucket of every account on this sandbox. Bucket names are global in S3, so lookups are by name
// across accounts: another account's bucket answers AccessDenied, not NoSuchBucket, as on AWS.

import type { SandboxAccount } from '../accounts.js';
import { SANDBOX_ACCOUNTS } from '../accounts.js';
import { compareKeys } from './listing.js';
import { demoBuckets, type BucketSpec } from './demoData.js';
import type { BucketStore } from './store.js';

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
  ) {
    for (const account of accounts) {
      for (const spec of specs(account)) this.byName.set(spec.name, new Bucket(account, spec));
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
