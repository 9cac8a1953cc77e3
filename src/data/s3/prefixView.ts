// How a prefix is being looked at: folders or every key (flat), from a key onward (StartAfter), or
// only one content type. Each is server-side where S3 allows it, so a jump into a million keys costs one
// request, not a scan of what comes before.
import type { S3Client } from '@aws-sdk/client-s3';
import type { ListOptions, Page } from '../tree';
import { listObjects, type ObjectEntry } from './objects';
import { filterByContentType, type ContentTypeScan } from './contentType';

export interface PrefixRecord {
  bucket: string;
  prefix: string;
  /** Every key under the prefix, no folders (no delimiter): boto3's `objects.filter(Prefix=…)`. */
  flat?: boolean;
  /** List from the first key at or after this one (StartAfter), reading nothing before it. */
  from?: string;
  /** Only objects of this content type; always flat (see contentType.ts). */
  contentType?: string;
  scan?: ContentTypeScan;
  /** A folder row: the record of the listing it came from (denied.ts). */
  listing?: object;
}

/** What the labels of a listing are relative to: the prefix up to its last '/'. */
export const labelBase = (prefix: string): string => prefix.slice(0, prefix.lastIndexOf('/') + 1);

/**
 * StartAfter is exclusive: to start at `key` itself, start after the greatest key below it that can
 * be written down: the last character one lower, followed by the highest code point.
 */
export function startAfterFor(key: string): string | undefined {
  const chars = [...key];
  const last = chars.pop();
  if (last === undefined) return undefined;
  const cp = last.codePointAt(0)!;
  if (cp === 0) return chars.join('') || undefined;
  const lower = cp - 1 >= 0xd800 && cp - 1 <= 0xdfff ? 0xd7ff : cp - 1;
  return chars.join('') + String.fromCodePoint(lower) + '\u{10FFFF}';
}

export function viewCrumb(r: PrefixRecord, label: string): string {
  const parts = [label || '/'];
  if (r.contentType) parts.push(`[${r.contentType}]`);
  else if (r.flat) parts.push('(flat)');
  if (r.from !== undefined) parts.push(`from ${r.from.slice(labelBase(r.prefix).length)}`);
  return parts.join(' ');
}

export function listView(
  client: S3Client,
  r: PrefixRecord,
  head: (key: string, signal: AbortSignal) => Promise<string | undefined>,
  opts: ListOptions,
): AsyncIterable<Page<ObjectEntry>> {
  const flat = r.flat || r.contentType !== undefined;
  const pages = (o: ListOptions) =>
    listObjects(
      client,
      { bucket: r.bucket, prefix: r.prefix, delimiter: flat ? undefined : '/', startAfter: r.from === undefined ? undefined : startAfterFor(r.from) },
      o,
    );
  if (r.contentType && r.scan) return filterByContentType(pages, head, r.scan, opts);
  return pages(opts);
}
