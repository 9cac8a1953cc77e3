// ListObjectVersions' walk: like walk() in listing.ts, but a key yields all its versions (newest first),
// each counting one against MaxKeys, and a page may stop in the middle of a key's history. The markers
// of the next page are the last entry returned: (key, versionId), or a common prefix alone.

import { commonPrefixOf, compareKeys, lowerBound, prefixEnd, upperBound, type KeyIndex } from './listing.js';
import type { ObjectVersion } from './model.js';

export interface VersionWalkOptions {
  prefix: string;
  delimiter?: string;
  keyMarker?: string;
  versionIdMarker?: string;
  limit: number;
}

export type VersionEntryRef =
  | { kind: 'version'; version: ObjectVersion; isLatest: boolean }
  | { kind: 'prefix'; prefix: string };

export interface VersionWalk {
  entries: VersionEntryRef[];
  truncated: boolean;
  nextKeyMarker?: string;
  nextVersionIdMarker?: string;
}

export function walkVersions(
  ix: KeyIndex,
  versionsAt: (i: number) => readonly ObjectVersion[],
  o: VersionWalkOptions,
): VersionWalk {
  // Where to start: after key-marker entirely, or inside its history just after version-id-marker.
  let i = 0;
  let skip = 0;
  if (o.keyMarker !== undefined && o.keyMarker !== '') {
    i = upperBound(ix, o.keyMarker);
    if (o.versionIdMarker) {
      const at = lowerBound(ix, o.keyMarker);
      if (at < ix.length && ix.keyAt(at) === o.keyMarker) {
        const pos = versionsAt(at).findIndex((v) => v.versionId === o.versionIdMarker);
        if (pos >= 0) {
          i = at;
          skip = pos + 1;
        }
      }
    }
  }
  if (o.prefix) {
    const p = lowerBound(ix, o.prefix);
    if (p > i) {
      i = p;
      skip = 0;
    }
  }
  const end = o.prefix ? prefixEnd(ix, i, o.prefix) : ix.length;
  const entries: VersionEntryRef[] = [];
  let last: { key: string; versionId?: string } | undefined;

  while (i < end && entries.length < o.limit) {
    const key = ix.keyAt(i);
    const cp = skip === 0 ? commonPrefixOf(key, o.prefix, o.delimiter) : undefined;
    if (cp !== undefined) {
      if (o.keyMarker === undefined || compareKeys(cp, o.keyMarker) > 0) {
        entries.push({ kind: 'prefix', prefix: cp });
        last = { key: cp };
      }
      i = prefixEnd(ix, i, cp);
      continue;
    }
    const versions = versionsAt(i);
    while (skip < versions.length && entries.length < o.limit) {
      const version = versions[skip];
      entries.push({ kind: 'version', version, isLatest: skip === 0 });
      last = { key, versionId: version.versionId };
      skip++;
    }
    if (skip < versions.length) break; // page full inside this key's history
    skip = 0;
    i++;
  }
  const truncated = o.limit > 0 && (skip > 0 || i < end);
  return {
    entries,
    truncated,
    nextKeyMarker: truncated ? last?.key : undefined,
    nextVersionIdMarker: truncated ? last?.versionId : undefined,
  };
}
