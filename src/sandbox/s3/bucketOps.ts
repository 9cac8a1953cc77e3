// Service- and bucket-level operations that are not listings of objects.

import type { Reply, RequestContext } from '../service.js';
import { compareKeys } from './listing.js';
import { invalidArgument } from './errors.js';
import { optional, ownerXml } from './params.js';
import type { Bucket, S3World } from './world.js';
import { el, isoDate, s3Document } from './xml.js';

const xmlReply = (body: string, headers: Record<string, string> = {}): Reply => ({
  status: 200,
  headers: { 'content-type': 'application/xml', ...headers },
  body,
});

// ListBuckets paginates only when max-buckets is given (1–10,000); the token is opaque to clients.
const BUCKET_TOKEN = 'awsnav-sandbox-buckets:';

export function listBuckets(world: S3World, ctx: RequestContext): Reply {
  const q = ctx.query;
  const prefix = optional(q, 'prefix');
  const region = optional(q, 'bucket-region');
  let buckets = world
    .bucketsOf(ctx.account)
    .filter((b) => (!prefix || b.name.startsWith(prefix)) && (!region || b.region === region));
  const token = optional(q, 'continuation-token');
  if (token !== undefined) {
    const text = Buffer.from(token, 'base64').toString('utf8');
    if (!text.startsWith(BUCKET_TOKEN)) throw invalidArgument('The continuation token provided is incorrect', 'continuation-token', token);
    const after = text.slice(BUCKET_TOKEN.length);
    buckets = buckets.filter((b) => compareKeys(b.name, after) > 0);
  }
  let next: string | undefined;
  const rawMax = q.get('max-buckets');
  if (rawMax !== null) {
    const max = /^\d+$/.test(rawMax) ? Number(rawMax) : NaN;
    if (!(max >= 1 && max <= 10_000)) {
      throw invalidArgument('Argument max-buckets must be an integer between 1 and 10000.', 'max-buckets', rawMax);
    }
    if (buckets.length > max) {
      buckets = buckets.slice(0, max);
      next = Buffer.from(BUCKET_TOKEN + buckets[buckets.length - 1].name).toString('base64');
    }
  }
  const items = buckets
    .map((b) => `<Bucket>${el('Name', b.name)}${el('CreationDate', isoDate(b.created))}${el('BucketRegion', b.region)}</Bucket>`)
    .join('');
  return xmlReply(
    s3Document(
      'ListAllMyBucketsResult',
      `${ownerXml(ctx.account)}<Buckets>${items}</Buckets>${el('ContinuationToken', next)}${el('Prefix', prefix)}`,
    ),
  );
}

export function headBucket(bucket: Bucket): Reply {
  return { status: 200, headers: { 'x-amz-bucket-region': bucket.region, 'x-amz-access-point-alias': 'false' } };
}

// us-east-1 answers an empty LocationConstraint: the API predates regions, and "no constraint" meant
// US Standard. SDKs map the empty value back to us-east-1.
export function getBucketLocation(bucket: Bucket): Reply {
  return xmlReply(s3Document('LocationConstraint', bucket.region === 'us-east-1' ? '' : bucket.region));
}

// A bucket that was never versioned answers an empty configuration, with no <Status> at all.
export function getBucketVersioning(bucket: Bucket): Reply {
  const status = bucket.store.versioning;
  return xmlReply(s3Document('VersioningConfiguration', status ? el('Status', status) : ''));
}
