// GetObject and HeadObject: the object's headers, Range (one range only, as S3), conditional requests,
// response-* overrides, and the stored checksum when the client asks for it.

import { AwsError } from '../errors.js';
import type { Reply, RequestContext } from '../service.js';
import { noSuchKey, noSuchVersion, preconditionFailed } from './errors.js';
import type { ObjectVersion } from './model.js';
import type { Bucket } from './world.js';
import { httpDate } from './xml.js';

export type ByteRange = { start: number; end: number };

/**
 * S3 honours a single `bytes=a-b`, `bytes=a-` or `bytes=-n`. A header it cannot parse (another unit,
 * several ranges, b < a) is ignored and the whole object returned, per RFC 7233; a range starting past
 * the end, or a suffix of zero bytes, is unsatisfiable (416).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const n = Number(m[2]);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  if (m[2] !== '' && Number(m[2]) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1) };
}

export function objectHeaders(v: ObjectVersion, versioned: boolean): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': v.contentType,
    etag: v.etag,
    'last-modified': httpDate(v.lastModified),
    'accept-ranges': 'bytes',
    // Every S3 object has been encrypted at rest with SSE-S3 since January 2023.
    'x-amz-server-side-encryption': 'AES256',
    ...v.headers,
  };
  if (versioned) h['x-amz-version-id'] = v.versionId;
  if (v.storageClass !== 'STANDARD') h['x-amz-storage-class'] = v.storageClass;
  for (const [name, value] of Object.entries(v.metadata)) h[`x-amz-meta-${name}`] = value;
  return h;
}

function etagMatches(header: string, etag: string): boolean {
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || `"${tag}"` === etag;
  });
}

/** 304 / 412 per RFC 7232 as S3 applies it: If-Match beats If-Unmodified-Since, If-None-Match beats If-Modified-Since. */
function checkConditions(ctx: RequestContext, v: ObjectVersion): Reply | undefined {
  const h = ctx.req.headers;
  const ifMatch = h['if-match'];
  const ifNoneMatch = h['if-none-match'];
  const since = (s: string | undefined) => (s === undefined || Number.isNaN(Date.parse(s)) ? undefined : Date.parse(s));
  if (ifMatch !== undefined) {
    if (!etagMatches(ifMatch, v.etag)) throw preconditionFailed('If-Match');
  } else {
    const t = since(h['if-unmodified-since']);
    if (t !== undefined && v.lastModified.getTime() > t) throw preconditionFailed('If-Unmodified-Since');
  }
  const notModified: Reply = { status: 304, headers: { etag: v.etag, 'last-modified': httpDate(v.lastModified) } };
  if (ifNoneMatch !== undefined) {
    if (etagMatches(ifNoneMatch, v.etag)) return notModified;
  } else {
    const t = since(h['if-modified-since']);
    if (t !== undefined && v.lastModified.getTime() <= t) return notModified;
  }
  return undefined;
}

const OVERRIDES: Record<string, string> = {
  'response-content-type': 'content-type',
  'response-content-language': 'content-language',
  'response-expires': 'expires',
  'response-cache-control': 'cache-control',
  'response-content-disposition': 'content-disposition',
  'response-content-encoding': 'content-encoding',
};

/** The version a GET/HEAD addresses, or the error S3 gives when it is missing or a delete marker. */
export function resolveVersion(bucket: Bucket, key: string, versionId: string | undefined, method: string): ObjectVersion {
  const v = bucket.store.get(key, versionId);
  if (!v) throw versionId === undefined ? noSuchKey(key) : noSuchVersion(key, versionId);
  if (!v.isDeleteMarker) return v;
  const markerHeaders = { 'x-amz-delete-marker': 'true', 'x-amz-version-id': v.versionId };
  if (versionId === undefined) throw noSuchKey(key, markerHeaders);
  // Addressing a delete marker by id is a method S3 refuses on that resource.
  throw new AwsError(
    405,
    'MethodNotAllowed',
    'The specified method is not allowed against this resource.',
    { Method: method, ResourceType: 'DeleteMarker' },
    { ...markerHeaders, 'last-modified': httpDate(v.lastModified), allow: 'DELETE' },
  );
}

export function getObject(bucket: Bucket, key: string, ctx: RequestContext): Reply {
  const versionId = ctx.query.get('versionId') || undefined;
  const v = resolveVersion(bucket, key, versionId, ctx.method);
  const early = checkConditions(ctx, v);
  if (early) return early;
  const headers: Record<string, string | number> = objectHeaders(v, bucket.store.versioning !== undefined);
  for (const [param, header] of Object.entries(OVERRIDES)) {
    const value = ctx.query.get(param);
    if (value !== null) headers[header] = value;
  }
  const rangeHeader = ctx.req.headers.range;
  const range = parseRange(rangeHeader, v.size);
  if (range === 'unsatisfiable') {
    throw new AwsError(
      416,
      'InvalidRange',
      'The requested range is not satisfiable',
      { RangeRequested: rangeHeader ?? '', ActualObjectSize: String(v.size) },
      { 'content-range': `bytes */${v.size}` },
    );
  }
  // S3 returns the full-object checksum only for whole-object reads, and only when asked.
  if (!range && v.checksum && ctx.req.headers['x-amz-checksum-mode'] === 'ENABLED') {
    headers[`x-amz-checksum-${v.checksum.algorithm.toLowerCase()}`] = v.checksum.value;
    headers['x-amz-checksum-type'] = 'FULL_OBJECT';
  }
  const head = ctx.method === 'HEAD';
  if (range) {
    headers['content-range'] = `bytes ${range.start}-${range.end}/${v.size}`;
    headers['content-length'] = range.end - range.start + 1;
    return { status: 206, headers, body: head ? undefined : v.body().subarray(range.start, range.end + 1) };
  }
  headers['content-length'] = v.size;
  return { status: 200, headers, body: head ? undefined : v.body() };
}
