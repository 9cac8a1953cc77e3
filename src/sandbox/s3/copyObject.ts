// CopyObject: PUT with x-amz-copy-source naming `bucket/key[?versionId=…]`, URL-encoded as S3 wants it.
// The copy keeps the source's content type and metadata (x-amz-metadata-directive: COPY) unless told
// REPLACE; copying an object onto itself unchanged is refused, as S3 refuses it, but a named older
// version onto its own key is how a version is restored. UploadPartCopy (multipart.ts) reads the same
// header and takes a byte range of the source.

import { AwsError } from '../errors.js';
import type { Reply, RequestContext } from '../service.js';
import { accessDenied, invalidArgument, noSuchBucket, noSuchKey, noSuchVersion } from './errors.js';
import { DEFAULT_CONTENT_TYPE, type ObjectVersion } from './model.js';
import { assertKeyLength } from './putObject.js';
import { el, isoDate, s3Document } from './xml.js';
import type { Bucket, S3World } from './world.js';

/** S3 copies at most 5 GiB in one CopyObject; above that, UploadPartCopy in a multipart upload. */
export const MAX_COPY_BYTES = 5 * 1024 ** 3;

const STORED_HEADERS = ['cache-control', 'content-disposition', 'content-encoding', 'content-language', 'expires'];

export interface CopySource {
  bucket: Bucket;
  version: ObjectVersion;
  /** The id the source was read at ('null' in an unversioned bucket). */
  versionId: string;
  body(): Buffer;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalidArgument('Invalid copy source encoding', 'x-amz-copy-source', part);
  }
}

/** Reads and checks x-amz-copy-source: the bucket must be the requester's own, the version an object. */
export function readCopySource(world: S3World, ctx: RequestContext): CopySource {
  const header = ctx.req.headers['x-amz-copy-source'];
  const raw = typeof header === 'string' ? header.replace(/^\//, '') : '';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const slash = path.indexOf('/');
  if (slash <= 0 || slash === path.length - 1) {
    throw invalidArgument('Copy Source must mention the source bucket and key: sourcebucket/sourcekey', 'x-amz-copy-source', raw);
  }
  const bucket = world.find(decode(path.slice(0, slash)));
  const key = decode(path.slice(slash + 1));
  if (!bucket) throw noSuchBucket(decode(path.slice(0, slash)));
  if (bucket.owner.accountId !== ctx.account.accountId || bucket.denied) throw accessDenied();
  const versionId = params.get('versionId') ?? undefined;
  const version = bucket.store.get(key, versionId);
  if (!version) throw versionId !== undefined ? noSuchVersion(key, versionId) : noSuchKey(key);
  if (version.isDeleteMarker) {
    if (versionId !== undefined) {
      throw new AwsError(400, 'InvalidRequest', 'The source of a copy request may not specifically refer to a delete marker by version id.');
    }
    throw noSuchKey(key);
  }
  return { bucket, version, versionId: version.versionId, body: () => version.body() };
}

/** x-amz-copy-source-range `bytes=first-last` (inclusive, inside the object), or the whole body. */
export function copyRange(body: Buffer, header: string | string[] | undefined): Buffer {
  if (header === undefined) return body;
  const m = typeof header === 'string' ? /^bytes=(\d+)-(\d+)$/.exec(header.trim()) : null;
  if (!m || Number(m[2]) < Number(m[1]) || Number(m[2]) >= body.length) {
    throw invalidArgument(
      'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy',
      'x-amz-copy-source-range',
      String(header),
    );
  }
  return body.subarray(Number(m[1]), Number(m[2]) + 1);
}

export function copyObject(world: S3World, bucket: Bucket, key: string, ctx: RequestContext): Reply {
  assertKeyLength(key);
  const source = readCopySource(world, ctx);
  const h = ctx.req.headers;
  if (source.version.size > MAX_COPY_BYTES) {
    throw new AwsError(400, 'InvalidRequest', `The specified copy source is larger than the maximum allowable size for a copy source: ${MAX_COPY_BYTES}`);
  }
  const replace = h['x-amz-metadata-directive'] === 'REPLACE';
  const latest = source.bucket.store.get(source.version.key);
  if (source.bucket === bucket && source.version.key === key && latest === source.version && !replace && h['x-amz-storage-class'] === undefined) {
    throw new AwsError(
      400,
      'InvalidRequest',
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    );
  }
  const fromRequest = () => {
    const metadata: Record<string, string> = {};
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(h)) {
      if (typeof value !== 'string') continue;
      if (name.startsWith('x-amz-meta-')) metadata[name.slice(11)] = value;
      if (STORED_HEADERS.includes(name)) headers[name] = value;
    }
    return { contentType: typeof h['content-type'] === 'string' ? h['content-type'] : DEFAULT_CONTENT_TYPE, metadata, headers };
  };
  const v = source.version;
  const fields = replace ? fromRequest() : { contentType: v.contentType, metadata: { ...v.metadata }, headers: { ...v.headers } };
  const copy = bucket.store.put(key, {
    body: v.body(),
    ...fields,
    checksum: v.checksum,
    storageClass: typeof h['x-amz-storage-class'] === 'string' ? h['x-amz-storage-class'] : undefined,
  });
  const headers: Record<string, string> = { 'content-type': 'application/xml' };
  if (bucket.store.versioning) headers['x-amz-version-id'] = copy.versionId;
  if (source.bucket.store.versioning) headers['x-amz-copy-source-version-id'] = source.versionId;
  return {
    status: 200,
    headers,
    body: s3Document('CopyObjectResult', el('LastModified', isoDate(copy.lastModified)) + el('ETag', copy.etag)),
  };
}
