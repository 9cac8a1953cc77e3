// The three listings: ListObjectsV2 (?list-type=2), the legacy ListObjects (V1), and ListObjectVersions.
// The paging logic lives in the store; this file reads parameters and writes S3's XML.

import type { Reply, RequestContext } from '../service.js';
import { compareKeys } from './listing.js';
import { invalidArgument } from './errors.js';
import { commonPrefixesXml, deleteMarkerXml, objectFieldsXml, optional, parseEncoding, parseMaxKeys } from './params.js';
import type { Bucket } from './world.js';
import { el, s3Document } from './xml.js';

const xmlReply = (body: string): Reply => ({ status: 200, headers: { 'content-type': 'application/xml' }, body });

export function listObjectsV2(bucket: Bucket, ctx: RequestContext): Reply {
  const q = ctx.query;
  const enc = parseEncoding(q);
  const maxKeys = parseMaxKeys(q);
  const prefix = q.get('prefix') ?? '';
  const delimiter = optional(q, 'delimiter');
  const startAfter = optional(q, 'start-after');
  const token = q.get('continuation-token') ?? undefined;
  if (token === '') throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
  const fetchOwner = q.get('fetch-owner') === 'true';
  const page = bucket.store.list({ prefix, delimiter, startAfter, maxKeys, continuationToken: token });
  const owner = fetchOwner ? bucket.owner : undefined;
  const inner =
    el('Name', bucket.name) +
    el('Prefix', enc(prefix)) +
    el('ContinuationToken', token) +
    el('NextContinuationToken', page.nextContinuationToken) +
    el('KeyCount', page.objects.length + page.commonPrefixes.length) +
    el('MaxKeys', maxKeys) +
    el('Delimiter', delimiter === undefined ? undefined : enc(delimiter)) +
    el('EncodingType', q.get('encoding-type') === 'url' ? 'url' : undefined) +
    el('IsTruncated', page.isTruncated) +
    el('StartAfter', token === undefined && startAfter !== undefined ? enc(startAfter) : undefined) +
    page.objects.map((v) => `<Contents>${objectFieldsXml(v, enc, owner)}</Contents>`).join('') +
    commonPrefixesXml(page.commonPrefixes, enc);
  return xmlReply(s3Document('ListBucketResult', inner));
}

/** V1: marker instead of tokens; NextMarker only under a delimiter (otherwise the last Key is the marker). */
export function listObjectsV1(bucket: Bucket, ctx: RequestContext): Reply {
  const q = ctx.query;
  const enc = parseEncoding(q);
  const maxKeys = parseMaxKeys(q);
  const prefix = q.get('prefix') ?? '';
  const delimiter = optional(q, 'delimiter');
  const marker = q.get('marker') ?? '';
  const page = bucket.store.list({ prefix, delimiter, startAfter: marker || undefined, maxKeys });
  let nextMarker: string | undefined;
  if (page.isTruncated && delimiter !== undefined) {
    const lastKey = page.objects[page.objects.length - 1]?.key;
    const lastPrefix = page.commonPrefixes[page.commonPrefixes.length - 1];
    nextMarker = lastKey === undefined ? lastPrefix : lastPrefix === undefined ? lastKey : compareKeys(lastKey, lastPrefix) > 0 ? lastKey : lastPrefix;
  }
  const inner =
    el('Name', bucket.name) +
    el('Prefix', enc(prefix)) +
    el('Marker', enc(marker)) +
    el('NextMarker', nextMarker === undefined ? undefined : enc(nextMarker)) +
    el('MaxKeys', maxKeys) +
    el('Delimiter', delimiter === undefined ? undefined : enc(delimiter)) +
    el('EncodingType', q.get('encoding-type') === 'url' ? 'url' : undefined) +
    el('IsTruncated', page.isTruncated) +
    page.objects.map((v) => `<Contents>${objectFieldsXml(v, enc, bucket.owner)}</Contents>`).join('') +
    commonPrefixesXml(page.commonPrefixes, enc);
  return xmlReply(s3Document('ListBucketResult', inner));
}

export function listObjectVersions(bucket: Bucket, ctx: RequestContext): Reply {
  const q = ctx.query;
  const enc = parseEncoding(q);
  const maxKeys = parseMaxKeys(q);
  const prefix = q.get('prefix') ?? '';
  const delimiter = optional(q, 'delimiter');
  const keyMarker = q.get('key-marker') ?? '';
  const versionIdMarker = q.get('version-id-marker') ?? '';
  if (versionIdMarker && !keyMarker) {
    throw invalidArgument('A version-id marker cannot be specified without a key marker.', 'version-id-marker', versionIdMarker);
  }
  const page = bucket.store.listVersions({
    prefix,
    delimiter,
    keyMarker: keyMarker || undefined,
    versionIdMarker: versionIdMarker || undefined,
    maxKeys,
  });
  const entries = page.versions
    .map(({ version: v, isLatest }) =>
      v.isDeleteMarker
        ? deleteMarkerXml(v, enc, bucket.owner, isLatest)
        : `<Version>${objectFieldsXml(v, enc, bucket.owner, { isLatest })}</Version>`,
    )
    .join('');
  const inner =
    el('Name', bucket.name) +
    el('Prefix', enc(prefix)) +
    el('KeyMarker', enc(keyMarker)) +
    el('VersionIdMarker', versionIdMarker) +
    el('NextKeyMarker', page.nextKeyMarker === undefined ? undefined : enc(page.nextKeyMarker)) +
    el('NextVersionIdMarker', page.nextVersionIdMarker) +
    el('MaxKeys', maxKeys) +
    el('Delimiter', delimiter === undefined ? undefined : enc(delimiter)) +
    el('EncodingType', q.get('encoding-type') === 'url' ? 'url' : undefined) +
    el('IsTruncated', page.isTruncated) +
    entries +
    commonPrefixesXml(page.commonPrefixes, enc);
  return xmlReply(s3Document('ListVersionsResult', inner));
}
