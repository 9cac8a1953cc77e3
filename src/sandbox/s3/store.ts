// Bucket storage behind a small interface, so that a benchmark can plug in a synthetic bucket whose
// million keys are computed on the fly: implement BucketStore over a KeyIndex and reuse listPage() /
// versionsPage() below, as MemoryBucketStore and SyntheticBucketStore (synthetic.ts) do.

import { randomBytes } from 'node:crypto';
import { decodeToken, encodeToken, lowerBound, upperBound, walk, compareKeys, type KeyIndex } from './listing.js';
import { DeleteMarker, StoredVersion, type ObjectVersion, type VersionFields } from './model.js';
import { walkVersions } from './versionWalk.js';

export interface ListQuery {
  prefix?: string;
  delimiter?: string;
  startAfter?: string;
  maxKeys: number;
  /** Opaque, from a previous page's nextContinuationToken; wins over startAfter. */
  continuationToken?: string;
}

export interface ListPage {
  objects: ObjectVersion[];
  commonPrefixes: string[];
  isTruncated: boolean;
  nextContinuationToken?: string;
}

export interface VersionsQuery {
  prefix?: string;
  delimiter?: string;
  keyMarker?: string;
  versionIdMarker?: string;
  maxKeys: number;
}

export interface VersionEntry {
  version: ObjectVersion;
  isLatest: boolean;
}

export interface VersionsPage {
  /** Versions and delete markers, in key order, each key's newest first. */
  versions: VersionEntry[];
  commonPrefixes: string[];
  isTruncated: boolean;
  nextKeyMarker?: string;
  nextVersionIdMarker?: string;
}

export type PutInput = Omit<VersionFields, 'key' | 'versionId' | 'lastModified'> & { body: Buffer; lastModified?: Date };

export interface DeleteOutcome {
  /** The version removed, or the delete marker created; absent in an unversioned bucket. */
  versionId?: string;
  /** A delete marker was created, or the version removed was one. */
  deleteMarker: boolean;
}

/** A bucket's versioning: never enabled (undefined), on, or suspended after having been on. */
export type Versioning = 'Enabled' | 'Suspended' | undefined;

export interface BucketStore {
  readonly versioning: Versioning;
  /** ListObjectsV2 semantics: only keys whose latest version is not a delete marker. */
  list(q: ListQuery): ListPage;
  listVersions(q: VersionsQuery): VersionsPage;
  /** The latest version (which may be a delete marker), or the named one; undefined when there is none. */
  get(key: string, versionId?: string): ObjectVersion | undefined;
  put(key: string, input: PutInput): ObjectVersion;
  delete(key: string, versionId?: string): DeleteOutcome;
}

/** S3 version ids are 32 opaque URL-safe characters. */
export function newVersionId(): string {
  return randomBytes(24).toString('base64url').replace(/-/g, '.');
}

/** ListObjectsV2 over any sorted key index; `objectAt` gives the latest version at an index. */
export function listPage(ix: KeyIndex, q: ListQuery, objectAt: (i: number) => ObjectVersion): ListPage {
  let from = 0;
  let after: string | undefined;
  if (q.continuationToken !== undefined) from = lowerBound(ix, decodeToken(q.continuationToken));
  else if (q.startAfter) {
    from = upperBound(ix, q.startAfter);
    after = q.startAfter;
  }
  const w = walk(ix, { prefix: q.prefix ?? '', delimiter: q.delimiter, from, after, limit: q.maxKeys });
  const page: ListPage = { objects: [], commonPrefixes: [], isTruncated: w.truncated };
  for (const e of w.entries) {
    if (e.kind === 'prefix') page.commonPrefixes.push(e.prefix);
    else page.objects.push(objectAt(e.index));
  }
  if (w.truncated) page.nextContinuationToken = encodeToken(ix.keyAt(w.next));
  return page;
}

/** ListObjectVersions over any sorted key index; `versionsAt` gives an index's versions, newest first. */
export function versionsPage(ix: KeyIndex, q: VersionsQuery, versionsAt: (i: number) => readonly ObjectVersion[]): VersionsPage {
  const w = walkVersions(ix, versionsAt, {
    prefix: q.prefix ?? '',
    delimiter: q.delimiter,
    keyMarker: q.keyMarker,
    versionIdMarker: q.versionIdMarker,
    limit: q.maxKeys,
  });
  const page: VersionsPage = {
    versions: [],
    commonPrefixes: [],
    isTruncated: w.truncated,
    nextKeyMarker: w.nextKeyMarker,
    nextVersionIdMarker: w.nextVersionIdMarker,
  };
  for (const e of w.entries) {
    if (e.kind === 'prefix') page.commonPrefixes.push(e.prefix);
    else page.versions.push({ version: e.version, isLatest: e.isLatest });
  }
  return page;
}

/** A sorted array of keys with binary-search insert/remove. */
class SortedKeys implements KeyIndex {
  constructor(private readonly keys: string[] = []) {}
  get length(): number {
    return this.keys.length;
  }
  keyAt(i: number): string {
    return this.keys[i];
  }
  add(key: string): void {
    const i = lowerBound(this, key);
    if (this.keys[i] !== key) this.keys.splice(i, 0, key);
  }
  remove(key: string): void {
    const i = lowerBound(this, key);
    if (this.keys[i] === key) this.keys.splice(i, 1);
  }
}

export class MemoryBucketStore implements BucketStore {
  /** Each key's versions, newest first. */
  private readonly versions = new Map<string, ObjectVersion[]>();
  /** Keys with at least one version or delete marker (ListObjectVersions). */
  private readonly all: SortedKeys;
  /** Keys whose latest version is an object (ListObjectsV2). */
  private readonly live: SortedKeys;

  /** `history` lists every version oldest first; in an unversioned bucket, one per key. */
  constructor(
    readonly versioning: Versioning,
    history: ObjectVersion[] = [],
  ) {
    for (const v of history) {
      const list = this.versions.get(v.key);
      if (list && versioning) list.unshift(v);
      else this.versions.set(v.key, [v]);
    }
    const keys = [...this.versions.keys()].sort(compareKeys);
    this.all = new SortedKeys(keys);
    this.live = new SortedKeys(keys.filter((k) => !this.versions.get(k)![0].isDeleteMarker));
  }

  list(q: ListQuery): ListPage {
    return listPage(this.live, q, (i) => this.versions.get(this.live.keyAt(i))![0]);
  }

  listVersions(q: VersionsQuery): VersionsPage {
    return versionsPage(this.all, q, (i) => this.versions.get(this.all.keyAt(i))!);
  }

  get(key: string, versionId?: string): ObjectVersion | undefined {
    const list = this.versions.get(key);
    if (!list) return undefined;
    return versionId === undefined ? list[0] : list.find((v) => v.versionId === versionId);
  }

  put(key: string, input: PutInput): ObjectVersion {
    const { body, lastModified, ...fields } = input;
    const version = new StoredVersion(
      { ...fields, key, lastModified: lastModified ?? new Date(), versionId: this.versioning === 'Enabled' ? newVersionId() : 'null' },
      body,
    );
    const list = this.versions.get(key);
    // Suspended: the write is the null version, replacing the one there was; versions from before stay.
    if (list && this.versioning) list.splice(0, list.length, version, ...list.filter((v) => this.versioning === 'Enabled' || v.versionId !== 'null'));
    else this.versions.set(key, [version]);
    this.all.add(key);
    this.live.add(key);
    return version;
  }

  delete(key: string, versionId?: string): DeleteOutcome {
    const list = this.versions.get(key);
    if (this.versioning && versionId === undefined) {
      // S3 adds a delete marker even when the key has no versions at all. Suspended: the marker is the
      // null version, so the null version there was (written while suspended) is gone for good.
      const marker = new DeleteMarker(key, this.versioning === 'Enabled' ? newVersionId() : 'null', new Date());
      if (list) list.splice(0, list.length, marker, ...list.filter((v) => this.versioning === 'Enabled' || v.versionId !== 'null'));
      else this.versions.set(key, [marker]);
      this.all.add(key);
      this.live.remove(key);
      return { versionId: marker.versionId, deleteMarker: true };
    }
    if (!list) return { versionId, deleteMarker: false };
    const target = versionId ?? 'null';
    const at = list.findIndex((v) => v.versionId === target);
    if (at < 0) return { versionId, deleteMarker: false };
    const [removed] = list.splice(at, 1);
    if (list.length === 0) {
      this.versions.delete(key);
      this.all.remove(key);
      this.live.remove(key);
    } else if (list[0].isDeleteMarker) this.live.remove(key);
    else this.live.add(key);
    return { versionId: this.versioning ? removed.versionId : versionId, deleteMarker: removed.isDeleteMarker };
  }
}
