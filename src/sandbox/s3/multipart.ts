// Multipart uploads as S3 keeps them: an upload id per CreateMultipartUpload, parts by number (the last
// one sent for a number wins), and AWS's limits at CompleteMultipartUpload — every part but the last at
// least 5 MiB (EntityTooSmall), part numbers 1–10,000, listed parts in ascending order with the ETags
// UploadPart returned. Uploads in progress are invisible to listings until completed, and stay (with
// their bytes) until completed or aborted: ListMultipartUploads shows what a cancel left behind.

import { randomBytes } from 'node:crypto';
import { AwsError } from '../errors.js';
import { readBody } from '../http.js';
import type { Reply, RequestContext } from '../service.js';
import { verifyChecksum } from './checksums.js';
import { decodeAwsChunked } from './chunked.js';
import { readCopySource, copyRange } from './copyObject.js';
import { assertKeyLength, SANDBOX_MAX_OBJECT_BYTES } from './putObject.js';
import { DEFAULT_CONTENT_TYPE, md5Hex } from './model.js';
import { invalidArgument, malformedXml } from './errors.js';
import { el, isoDate, s3Document } from './xml.js';
import type { Bucket, S3World } from './world.js';

export const MIN_PART_BYTES = 5 * 1024 * 1024;
export const MAX_PARTS = 10_000;

interface Part {
  etag: string;
  body: Buffer;
  checksum?: { algorithm: string; value: string };
}

interface Upload {
  id: string;
  key: string;
  initiated: Date;
  contentType: string;
  metadata: Record<string, string>;
  storageClass?: string;
  parts: Map<number, Part>;
}

// Kept beside the bucket rather than in it: a bucket's store is about objects, and a benchmark's
// synthetic store should not have to implement uploads.
const uploadsOf = new WeakMap<Bucket, Map<string, Upload>>();

function uploads(bucket: Bucket): Map<string, Upload> {
  let m = uploadsOf.get(bucket);
  if (!m) uploadsOf.set(bucket, (m = new Map()));
  return m;
}

const noSuchUpload = (id: string) =>
  new AwsError(404, 'NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.', { UploadId: id });

function findUpload(bucket: Bucket, key: string, ctx: RequestContext): Upload {
  const id = ctx.query.get('uploadId') ?? '';
  const u = uploads(bucket).get(id);
  if (!u || u.key !== key) throw noSuchUpload(id);
  return u;
}

function metadataOf(ctx: RequestContext): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (name.startsWith('x-amz-meta-') && typeof value === 'string') meta[name.slice(11)] = value;
  }
  return meta;
}

export function createMultipartUpload(bucket: Bucket, key: string, ctx: RequestContext): Reply {
  assertKeyLength(key);
  const h = ctx.req.headers;
  const id = randomBytes(36).toString('base64url');
  uploads(bucket).set(id, {
    id,
    key,
    initiated: new Date(),
    contentType: typeof h['content-type'] === 'string' ? h['content-type'] : DEFAULT_CONTENT_TYPE,
    metadata: metadataOf(ctx),
    storageClass: typeof h['x-amz-storage-class'] === 'string' ? h['x-amz-storage-class'] : undefined,
    parts: new Map(),
  });
  const headers: Record<string, string> = { 'content-type': 'application/xml' };
  const algorithm = h['x-amz-checksum-algorithm'];
  if (typeof algorithm === 'string') headers['x-amz-checksum-algorithm'] = algorithm;
  return {
    status: 200,
    headers,
    body: s3Document('InitiateMultipartUploadResult', el('Bucket', bucket.name) + el('Key', key) + el('UploadId', id)),
  };
}

function partNumber(ctx: RequestContext): number {
  const raw = ctx.query.get('partNumber') ?? '';
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > MAX_PARTS) {
    throw invalidArgument(`Part number must be an integer between 1 and ${MAX_PARTS}, inclusive`, 'partNumber', raw);
  }
  return n;
}

async function readPartBody(ctx: RequestContext): Promise<{ body: Buffer; checksum?: Part['checksum'] }> {
  const h = ctx.req.headers;
  const chunked = (h['content-encoding'] ?? '').includes('aws-chunked');
  if (h['content-length'] === undefined && !chunked) {
    throw new AwsError(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.');
  }
  // A part is at most 5 GiB on AWS; the sandbox holds parts in memory, so it takes what one object may be.
  const raw = await readBody(ctx.req, SANDBOX_MAX_OBJECT_BYTES + 64 * 1024);
  const { body, trailers } = chunked ? decodeAwsChunked(raw) : { body: raw, trailers: {} };
  return { body, checksum: verifyChecksum({ ...h, ...trailers }, body) };
}

export async function uploadPart(bucket: Bucket, key: string, ctx: RequestContext): Promise<Reply> {
  const upload = findUpload(bucket, key, ctx);
  const n = partNumber(ctx);
  const { body, checksum } = await readPartBody(ctx);
  // An abort that arrived while the body was on its way wins: the part is not kept.
  if (!uploads(bucket).has(upload.id)) throw noSuchUpload(upload.id);
  const etag = `"${md5Hex(body)}"`;
  upload.parts.set(n, { etag, body, checksum });
  const headers: Record<string, string> = { etag };
  if (checksum) headers[`x-amz-checksum-${checksum.algorithm.toLowerCase()}`] = checksum.value;
  return { status: 200, headers };
}

/** UploadPartCopy: a part's bytes taken server-side from another object (x-amz-copy-source-range). */
export function uploadPartCopy(world: S3World, bucket: Bucket, key: string, ctx: RequestContext): Reply {
  const upload = findUpload(bucket, key, ctx);
  const n = partNumber(ctx);
  const source = readCopySource(world, ctx);
  const body = copyRange(source.body(), ctx.req.headers['x-amz-copy-source-range']);
  const etag = `"${md5Hex(body)}"`;
  upload.parts.set(n, { etag, body });
  const headers: Record<string, string> = { 'content-type': 'application/xml' };
  if (source.versionId !== 'null') headers['x-amz-copy-source-version-id'] = source.versionId;
  return { status: 200, headers, body: s3Document('CopyPartResult', el('LastModified', isoDate(new Date())) + el('ETag', etag)) };
}

/** The <Part> list of a CompleteMultipartUpload body, in the order sent. */
function listedParts(xml: string): { n: number; etag: string }[] {
  if (!/<CompleteMultipartUpload[\s>]/.test(xml)) throw malformedXml();
  const parts: { n: number; etag: string }[] = [];
  for (const m of xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)) {
    const n = /<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(m[1]);
    const etag = /<ETag>([\s\S]*?)<\/ETag>/.exec(m[1]);
    if (!n || !etag) throw malformedXml();
    parts.push({ n: Number(n[1]), etag: etag[1].trim().replace(/&quot;/g, '"') });
  }
  if (parts.length === 0) throw malformedXml();
  return parts;
}

const quoted = (etag: string) => (etag.startsWith('"') ? etag : `"${etag}"`);

export async function completeMultipartUpload(bucket: Bucket, key: string, ctx: RequestContext): Promise<Reply> {
  const upload = findUpload(bucket, key, ctx);
  const listed = listedParts((await readBody(ctx.req, 4 * 1024 * 1024)).toString('utf8'));
  const chosen: Part[] = [];
  for (let i = 0; i < listed.length; i++) {
    const { n, etag } = listed[i];
    if (i > 0 && n <= listed[i - 1].n) {
      throw new AwsError(400, 'InvalidPartOrder', 'The list of parts was not in ascending order. The parts list must be specified in order by part number.');
    }
    const part = upload.parts.get(n);
    if (!part || part.etag !== quoted(etag)) {
      throw new AwsError(400, 'InvalidPart', 'One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part\'s entity tag.', { UploadId: upload.id, PartNumber: String(n), ETag: etag });
    }
    chosen.push(part);
  }
  chosen.forEach((p, i) => {
    if (i < chosen.length - 1 && p.body.length < MIN_PART_BYTES) {
      throw new AwsError(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.', {
        ProposedSize: String(p.body.length),
        MinSizeAllowed: String(MIN_PART_BYTES),
        PartNumber: String(listed[i].n),
        ETag: listed[i].etag,
      });
    }
  });
  const size = chosen.reduce((s, p) => s + p.body.length, 0);
  if (size > SANDBOX_MAX_OBJECT_BYTES) {
    throw new AwsError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
      ProposedSize: String(size),
      MaxSizeAllowed: String(SANDBOX_MAX_OBJECT_BYTES),
    });
  }
  uploads(bucket).delete(upload.id);
  const version = bucket.store.put(key, {
    body: Buffer.concat(chosen.map((p) => p.body), size),
    contentType: upload.contentType,
    metadata: upload.metadata,
    headers: {},
    storageClass: upload.storageClass,
  });
  // S3's multipart ETag is the md5 of the parts' md5s and a part count. The store keeps the md5 of the
  // whole body instead (it hashes what it is given), which clients do not check; HeadObject agrees.
  const headers: Record<string, string> = { 'content-type': 'application/xml' };
  if (bucket.store.versioning) headers['x-amz-version-id'] = version.versionId;
  const host = ctx.req.headers.host ?? '127.0.0.1';
  return {
    status: 200,
    headers,
    body: s3Document(
      'CompleteMultipartUploadResult',
      el('Location', `http://${host}/${bucket.name}/${encodeURIComponent(key)}`) + el('Bucket', bucket.name) + el('Key', key) + el('ETag', version.etag),
    ),
  };
}

export function abortMultipartUpload(bucket: Bucket, key: string, ctx: RequestContext): Reply {
  const upload = findUpload(bucket, key, ctx);
  uploads(bucket).delete(upload.id);
  return { status: 204 };
}

/** ListMultipartUploads: uploads in progress under a prefix, by key then initiation (max-uploads ≤ 1,000). */
export function listMultipartUploads(bucket: Bucket, ctx: RequestContext): Reply {
  const prefix = ctx.query.get('prefix') ?? '';
  const max = Math.min(1000, Number(ctx.query.get('max-uploads') ?? 1000) || 1000);
  const all = [...uploads(bucket).values()]
    .filter((u) => u.key.startsWith(prefix))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.initiated.getTime() - b.initiated.getTime()));
  const shown = all.slice(0, max);
  const truncated = all.length > max;
  const last = shown[shown.length - 1];
  let inner = el('Bucket', bucket.name) + el('KeyMarker', '') + el('UploadIdMarker', '') + el('Prefix', prefix);
  if (truncated && last) inner += el('NextKeyMarker', last.key) + el('NextUploadIdMarker', last.id);
  inner += el('MaxUploads', max) + el('IsTruncated', truncated);
  for (const u of shown) {
    inner += `<Upload>${el('Key', u.key)}${el('UploadId', u.id)}${el('Initiated', isoDate(u.initiated))}${el('StorageClass', u.storageClass ?? 'STANDARD')}</Upload>`;
  }
  return { status: 200, headers: { 'content-type': 'application/xml' }, body: s3Document('ListMultipartUploadsResult', inner) };
}
