// DeleteObjects (POST /bucket?delete): up to 1,000 keys in one XML body, answered per key. S3 refuses a
// body without an integrity header, and more than 1,000 keys as MalformedXML. A key the caller may not
// delete is a per-key <Error>, not a failed request.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AwsError } from '../errors.js';
import { readBody } from '../http.js';
import type { Reply, RequestContext } from '../service.js';
import { CHECKSUM_HEADERS, verifyChecksum, verifyContentMd5 } from './checksums.js';
import { malformedXml } from './errors.js';
import { MAX_KEYS } from './params.js';
import { MAX_KEY_BYTES } from './putObject.js';
import type { Bucket } from './world.js';
import { el, s3Document } from './xml.js';

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false, // a key "007" stays a string
  trimValues: false, // keys may begin or end with spaces
  processEntities: true,
  htmlEntities: true, // decode numeric references such as &#x0D; (the SDK escapes CR/LF that way)
  isArray: (name) => name === 'Object',
});

interface DeleteRequestItem {
  key: string;
  versionId?: string;
}

function parseDeleteBody(body: Buffer): { items: DeleteRequestItem[]; quiet: boolean } {
  const text = body.toString('utf8');
  if (XMLValidator.validate(text) !== true) throw malformedXml();
  const doc = parser.parse(text) as { Delete?: { Object?: unknown[]; Quiet?: unknown } };
  const del = doc.Delete;
  if (!del || typeof del !== 'object') throw malformedXml();
  const objects = del.Object ?? [];
  if (objects.length === 0 || objects.length > MAX_KEYS) throw malformedXml();
  const items = objects.map((o) => {
    const { Key, VersionId } = (o ?? {}) as { Key?: unknown; VersionId?: unknown };
    if (typeof Key !== 'string' || Key === '') throw malformedXml();
    if (VersionId !== undefined && typeof VersionId !== 'string') throw malformedXml();
    return { key: Key, versionId: VersionId || undefined };
  });
  const quiet = typeof del.Quiet === 'string' && del.Quiet.trim().toLowerCase() === 'true';
  return { items, quiet };
}

export async function deleteObjects(bucket: Bucket, ctx: RequestContext): Promise<Reply> {
  const h = ctx.req.headers;
  if (h['content-md5'] === undefined && !Object.keys(CHECKSUM_HEADERS).some((name) => h[name] !== undefined)) {
    throw new AwsError(400, 'InvalidRequest', 'Missing required header for this request: Content-MD5 or x-amz-checksum-*');
  }
  const body = await readBody(ctx.req, 2 * 1024 * 1024);
  verifyContentMd5(h['content-md5'], body);
  verifyChecksum(h, body);
  const { items, quiet } = parseDeleteBody(body);

  let out = '';
  for (const { key, versionId } of items) {
    const vid = el('VersionId', versionId);
    if (bucket.denied || bucket.undeletable(key)) {
      out += `<Error>${el('Key', key)}${vid}${el('Code', 'AccessDenied')}${el('Message', 'Access Denied')}</Error>`;
      continue;
    }
    if (Buffer.byteLength(key) > MAX_KEY_BYTES) {
      out += `<Error>${el('Key', key)}${vid}${el('Code', 'KeyTooLongError')}${el('Message', 'Your key is too long')}</Error>`;
      continue;
    }
    const outcome = bucket.store.delete(key, versionId);
    if (quiet) continue;
    out += `<Deleted>${el('Key', key)}${vid}`;
    if (outcome.deleteMarker) {
      out += el('DeleteMarker', true) + el('DeleteMarkerVersionId', outcome.versionId);
    }
    out += '</Deleted>';
  }
  return { status: 200, headers: { 'content-type': 'application/xml' }, body: s3Document('DeleteResult', out) };
}
