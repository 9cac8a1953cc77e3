// PutObject and DeleteObject. Uploads arrive plain (Content-Length) or, from the SDK's streaming path,
// aws-chunked with the real length in x-amz-decoded-content-length and a checksum trailer.

import { AwsError } from '../errors.js';
import { readBody } from '../http.js';
import type { Reply, RequestContext } from '../service.js';
import { verifyChecksum, verifyContentMd5 } from './checksums.js';
import { decodeAwsChunked } from './chunked.js';
import { accessDenied, noSuchKey, preconditionFailed } from './errors.js';
import { DEFAULT_CONTENT_TYPE } from './model.js';
import type { Bucket } from './world.js';

/** S3 keys are at most 1,024 bytes of UTF-8. */
export const MAX_KEY_BYTES = 1024;
/** S3's limit on user metadata: names and values together, in bytes. */
const MAX_METADATA_BYTES = 2048;
/** Real S3 takes 5 GiB in one PUT; the sandbox keeps bodies in memory, so it stops far earlier. */
export const SANDBOX_MAX_OBJECT_BYTES = 256 * 1024 * 1024;

const STORED_HEADERS = ['cache-control', 'content-disposition', 'content-language', 'expires'];

export function assertKeyLength(key: string): void {
  const size = Buffer.byteLength(key, 'utf8');
  if (size > MAX_KEY_BYTES) {
    throw new AwsError(400, 'KeyTooLongError', 'Your key is too long', { Size: String(size), MaxSizeAllowed: String(MAX_KEY_BYTES) });
  }
}

async function readUpload(ctx: RequestContext): Promise<{ body: Buffer; trailers: Record<string, string>; encoding?: string }> {
  const h = ctx.req.headers;
  const encodings = (h['content-encoding'] ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  const chunked = encodings.includes('aws-chunked');
  const decodedLength = h['x-amz-decoded-content-length'];
  if (h['content-length'] === undefined && !(chunked && decodedLength !== undefined)) {
    throw new AwsError(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
  }
  const raw = await readBody(ctx.req, SANDBOX_MAX_OBJECT_BYTES + 64 * 1024);
  // aws-chunked is a transfer detail: S3 stores only the other content encodings (e.g. gzip).
  const encoding = encodings.filter((e) => e !== 'aws-chunked').join(',') || undefined;
  if (!chunked) return { body: raw, trailers: {}, encoding };
  const { body, trailers } = decodeAwsChunked(raw);
  if (decodedLength !== undefined && Number(decodedLength) !== body.length) {
    throw new AwsError(400, 'IncompleteBody', 'You did not provide the number of bytes specified by the x-amz-decoded-content-length header');
  }
  return { body, trailers, encoding };
}

function userMetadata(ctx: RequestContext): Record<string, string> {
  const meta: Record<string, string> = {};
  let bytes = 0;
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (!name.startsWith('x-amz-meta-') || value === undefined) continue;
    const v = Array.isArray(value) ? value.join(',') : value;
    meta[name.slice('x-amz-meta-'.length)] = v;
    bytes += Buffer.byteLength(name.slice('x-amz-meta-'.length)) + Buffer.byteLength(v);
  }
  if (bytes > MAX_METADATA_BYTES) {
    throw new AwsError(400, 'MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size', {
      Size: String(bytes),
      MaxSizeAllowed: String(MAX_METADATA_BYTES),
    });
  }
  return meta;
}

export async function putObject(bucket: Bucket, key: string, ctx: RequestContext): Promise<Reply> {
  assertKeyLength(key);
  const h = ctx.req.headers;
  const metadata = userMetadata(ctx);
  const { body, trailers, encoding } = await readUpload(ctx);
  if (body.length > SANDBOX_MAX_OBJECT_BYTES) {
    throw new AwsError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
      ProposedSize: String(body.length),
      MaxSizeAllowed: String(SANDBOX_MAX_OBJECT_BYTES),
    });
  }
  verifyContentMd5(h['content-md5'], body);
  const checksum = verifyChecksum({ ...h, ...trailers }, body);

  // Conditional writes: If-None-Match: * refuses to overwrite, If-Match requires the current ETag.
  const current = bucket.store.get(key);
  const exists = current !== undefined && !current.isDeleteMarker;
  if (h['if-none-match'] === '*' && exists) throw preconditionFailed('If-None-Match');
  if (h['if-match'] !== undefined) {
    if (!exists) throw noSuchKey(key);
    if (h['if-match'] !== current.etag && `"${h['if-match']}"` !== current.etag) throw preconditionFailed('If-Match');
  }

  const headers: Record<string, string> = {};
  for (const name of STORED_HEADERS) {
    const v = h[name];
    if (typeof v === 'string') headers[name] = v;
  }
  if (encoding) headers['content-encoding'] = encoding;
  const version = bucket.store.put(key, {
    body,
    contentType: typeof h['content-type'] === 'string' ? h['content-type'] : DEFAULT_CONTENT_TYPE,
    metadata,
    headers,
    checksum,
    storageClass: typeof h['x-amz-storage-class'] === 'string' ? h['x-amz-storage-class'] : undefined,
  });
  const reply: Record<string, string> = { etag: version.etag, 'x-amz-server-side-encryption': 'AES256' };
  if (bucket.store.versioning) reply['x-amz-version-id'] = version.versionId;
  if (checksum) {
    reply[`x-amz-checksum-${checksum.algorithm.toLowerCase()}`] = checksum.value;
    reply['x-amz-checksum-type'] = 'FULL_OBJECT';
  }
  return { status: 200, headers: reply };
}

/** DeleteObject always answers 204, even for a key that never existed (deletes are idempotent). */
export function deleteObject(bucket: Bucket, key: string, ctx: RequestContext): Reply {
  if (bucket.undeletable(key)) throw accessDenied();
  const versionId = ctx.query.get('versionId') || undefined;
  const outcome = bucket.store.delete(key, versionId);
  const headers: Record<string, string> = {};
  if (outcome.deleteMarker) headers['x-amz-delete-marker'] = 'true';
  if (outcome.versionId !== undefined) headers['x-amz-version-id'] = outcome.versionId;
  return { status: 204, headers };
}
