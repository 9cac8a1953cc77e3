// A read-only bucket whose keys are computed from their index instead of stored: a million keys cost
// no memory, and listing it costs what listing any bucket costs (binary searches, no scan). Used by
// benchmarks, plugged in through SandboxOptions.s3Buckets.

import { AwsError } from '../errors.js';
import { lowerBound, type KeyIndex } from './listing.js';
import { GeneratedVersion, type ObjectVersion } from './model.js';
import { listPage, versionsPage, type BucketStore, type DeleteOutcome, type ListPage, type ListQuery, type VersionsPage, type VersionsQuery } from './store.js';

export interface SyntheticBucketOptions {
  count: number;
  /** Must be strictly increasing in S3's key order (see compareKeys). */
  keyAt(i: number): string;
  /** Object size at index i; default 1 KiB. */
  sizeAt?(i: number): number;
  lastModified?: Date;
}

const readOnly = () => new AwsError(403, 'AccessDenied', 'Access Denied (the synthetic bucket is read-only)');

/** The body of a synthetic object: its key and a newline, repeated to its size. */
function syntheticBody(key: string, size: number): Buffer[] {
  const unit = Buffer.from(key + '\n', 'utf8');
  const out = Buffer.alloc(size);
  for (let at = 0; at < size; at += unit.length) unit.copy(out, at, 0, Math.min(unit.length, size - at));
  return [out];
}

export class SyntheticBucketStore implements BucketStore {
  readonly versioning = undefined;
  private readonly index: KeyIndex;
  private readonly lastModified: Date;

  constructor(private readonly o: SyntheticBucketOptions) {
    this.index = { length: o.count, keyAt: (i) => o.keyAt(i) };
    this.lastModified = o.lastModified ?? new Date(Date.UTC(2024, 0, 1));
  }

  private objectAt(i: number): ObjectVersion {
    const key = this.o.keyAt(i);
    return new GeneratedVersion({ key, lastModified: this.lastModified }, this.o.sizeAt?.(i) ?? 1024, 0, syntheticBody);
  }

  list(q: ListQuery): ListPage {
    return listPage(this.index, q, (i) => this.objectAt(i));
  }

  listVersions(q: VersionsQuery): VersionsPage {
    return versionsPage(this.index, q, (i) => [this.objectAt(i)]);
  }

  get(key: string, versionId?: string): ObjectVersion | undefined {
    if (versionId !== undefined && versionId !== 'null') return undefined;
    const i = lowerBound(this.index, key);
    return i < this.o.count && this.o.keyAt(i) === key ? this.objectAt(i) : undefined;
  }

  put(): never {
    throw readOnly();
  }

  delete(): DeleteOutcome {
    throw readOnly();
  }
}
