// ListObjectVersions as an async iterable of pages. The SDK has no paginator for it (two markers, not a
// token), so this is the hand loop on KeyMarker / VersionIdMarker; a page's cursor is both markers.
import type { S3Client, ListObjectVersionsCommandInput, ListObjectVersionsCommandOutput } from '@aws-sdk/client-s3';
import type { ListOptions, Page } from '../tree';
import { compareKeys, decodeKey, objectPageSize } from './objects';

export interface VersionEntry {
  kind: 'version' | 'marker' | 'prefix';
  key: string;
  versionId?: string;
  isLatest?: boolean;
  size?: number;
  modified?: Date;
  etag?: string;
  storageClass?: string;
}

export interface VersionsQuery {
  bucket: string;
  prefix?: string;
  /** '/' groups keys into folders; undefined lists every key under the prefix. */
  delimiter?: string;
}

interface Markers {
  k?: string;
  v?: string;
}

export const encodeMarkers = (m: Markers): string | undefined => (m.k === undefined ? undefined : JSON.stringify(m));
export const decodeMarkers = (cursor: string | undefined): Markers => (cursor ? (JSON.parse(cursor) as Markers) : {});

/** ListObjectVersions' input (markers and page size apart): built here only, read by the call and the code view. */
export function listVersionsInput(query: VersionsQuery): ListObjectVersionsCommandInput {
  return { Bucket: query.bucket, Prefix: query.prefix || undefined, Delimiter: query.delimiter, EncodingType: 'url' };
}

export async function* listObjectVersions(client: S3Client, query: VersionsQuery, opts: ListOptions): AsyncIterable<Page<VersionEntry>> {
  const { ListObjectVersionsCommand } = await import('@aws-sdk/client-s3');
  let markers = decodeMarkers(opts.cursor);
  for (;;) {
    const out = await client.send(
      new ListObjectVersionsCommand({ ...listVersionsInput(query), KeyMarker: markers.k, VersionIdMarker: markers.v, MaxKeys: objectPageSize(opts.pageSize) }),
      { abortSignal: opts.signal },
    );
    const next: Markers = out.IsTruncated ? { k: decodeIf(out, out.NextKeyMarker), v: out.NextVersionIdMarker || undefined } : {};
    yield { items: versionEntriesOf(out), cursor: encodeMarkers(markers), next: out.IsTruncated ? encodeMarkers(next) : undefined };
    if (!out.IsTruncated || next.k === undefined) return;
    markers = next;
  }
}

function decodeIf(out: ListObjectVersionsCommandOutput, k: string | undefined): string | undefined {
  return k === undefined ? undefined : out.EncodingType === 'url' ? decodeKey(k) : k;
}

/**
 * The SDK parses versions and delete markers into two arrays and loses their interleaving: put them back
 * in S3's order (key order, each key's newest first; the latest one first on a tie of whole seconds).
 */
export function versionEntriesOf(out: ListObjectVersionsCommandOutput): VersionEntry[] {
  const key = (k?: string) => decodeIf(out, k) ?? '';
  const entries: VersionEntry[] = [
    ...(out.Versions ?? []).map((v): VersionEntry => ({
      kind: 'version',
      key: key(v.Key),
      versionId: v.VersionId,
      isLatest: v.IsLatest,
      size: v.Size,
      modified: v.LastModified,
      etag: v.ETag,
      storageClass: v.StorageClass,
    })),
    ...(out.DeleteMarkers ?? []).map((m): VersionEntry => ({
      kind: 'marker',
      key: key(m.Key),
      versionId: m.VersionId,
      isLatest: m.IsLatest,
      modified: m.LastModified,
    })),
    ...(out.CommonPrefixes ?? []).map((p): VersionEntry => ({ kind: 'prefix', key: key(p.Prefix) })),
  ];
  const time = (e: VersionEntry) => e.modified?.getTime() ?? 0;
  return entries.sort(
    (a, b) => compareKeys(a.key, b.key) || Number(b.isLatest ?? false) - Number(a.isLatest ?? false) || time(b) - time(a),
  );
}
