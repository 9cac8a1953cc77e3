// Listing over a sorted key space, shared by every BucketStore (in-memory, or a synthetic one whose
// million keys are computed from their index). Nothing here scans from the start: the start position is
// found by binary search, and under a Delimiter a whole common prefix is skipped by a second binary
// search for its end, so a page costs O(page · log n) whatever the bucket's size.

import { AwsError } from '../errors.js';

/** A sorted (in S3's order, see compareKeys) random-access sequence of keys. */
export interface KeyIndex {
  readonly length: number;
  keyAt(i: number): string;
}

/**
 * S3 lists keys in UTF-8 byte order, which is code point order. JavaScript's `<` compares UTF-16 code
 * units, which disagrees for U+E000–U+FFFF against astral characters (a surrogate pair starts with
 * 0xD800–0xDBFF): e.g. U+FEFF sorts after 🙂 in UTF-16 but before it in UTF-8.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** First index in [lo, hi) where pred turns false; pred must be true…true false…false there. */
function partition(lo: number, hi: number, pred: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose key is >= key. */
export function lowerBound(ix: KeyIndex, key: string): number {
  return partition(0, ix.length, (i) => compareKeys(ix.keyAt(i), key) < 0);
}

/** First index whose key is > key. */
export function upperBound(ix: KeyIndex, key: string): number {
  return partition(0, ix.length, (i) => compareKeys(ix.keyAt(i), key) <= 0);
}

/** First index at or after `from` whose key does not start with prefix (keys from `from` on are >= prefix). */
export function prefixEnd(ix: KeyIndex, from: number, prefix: string): number {
  if (prefix === '') return ix.length;
  return partition(from, ix.length, (i) => ix.keyAt(i).startsWith(prefix));
}

export type Entry = { kind: 'key'; index: number; key: string } | { kind: 'prefix'; prefix: string };

export interface WalkOptions {
  prefix: string;
  delimiter?: string;
  /** Index to start at (already past any StartAfter / marker). */
  from: number;
  /**
   * The marker the page starts after. A common prefix that sorts at or before it was already returned
   * (S3 hands a common prefix back as NextMarker / NextKeyMarker), so it is skipped whole.
   */
  after?: string;
  limit: number;
}

/** The common prefix `key` rolls up into under `delimiter`, if any. */
export function commonPrefixOf(key: string, prefix: string, delimiter: string | undefined): string | undefined {
  if (!delimiter) return undefined;
  const at = key.indexOf(delimiter, prefix.length);
  return at < 0 ? undefined : key.slice(0, at + delimiter.length);
}

/**
 * Up to `limit` entries (keys and common prefixes, each counting one, as MaxKeys does) from `from`.
 * `next` is where the following page starts; `truncated` says whether anything matching remains.
 */
export function walk(ix: KeyIndex, o: WalkOptions): { entries: Entry[]; next: number; truncated: boolean } {
  const start = Math.max(o.from, o.prefix ? lowerBound(ix, o.prefix) : 0);
  const end = o.prefix ? prefixEnd(ix, start, o.prefix) : ix.length;
  const entries: Entry[] = [];
  let i = start;
  while (i < end && entries.length < o.limit) {
    const key = ix.keyAt(i);
    const cp = commonPrefixOf(key, o.prefix, o.delimiter);
    if (cp !== undefined) {
      if (o.after === undefined || compareKeys(cp, o.after) > 0) entries.push({ kind: 'prefix', prefix: cp });
      i = prefixEnd(ix, i, cp);
    } else {
      entries.push({ kind: 'key', index: i, key });
      i++;
    }
  }
  return { entries, next: i, truncated: i < end && o.limit > 0 };
}

// ListObjectsV2's continuation token is opaque to clients. Ours names the first key of the next page
// (inclusive), so a page stays correct when keys are added or removed between requests.
const TOKEN_TAG = 'awsnav-sandbox:1:';

export function encodeToken(nextKey: string): string {
  return Buffer.from(TOKEN_TAG + nextKey, 'utf8').toString('base64');
}

export function decodeToken(token: string): string {
  const text = Buffer.from(token, 'base64').toString('utf8');
  if (!text.startsWith(TOKEN_TAG)) {
    throw new AwsError(400, 'InvalidArgument', 'The continuation token provided is incorrect', {
      ArgumentName: 'continuation-token',
    });
  }
  return text.slice(TOKEN_TAG.length);
}
