// S3 request flow: route → find the bucket → region check → access check → operation.

import type { Reply, RequestContext } from '../service.js';
import { AwsError } from '../errors.js';
import { getBucketLocation, getBucketVersioning, headBucket, listBuckets } from './bucketOps.js';
import { deleteObjects } from './deleteObjects.js';
import { accessDenied, noSuchBucket, permanentRedirect } from './errors.js';
import { getObject } from './getObject.js';
import { listObjectsV1, listObjectsV2, listObjectVersions } from './listOps.js';
import { deleteObject, putObject } from './putObject.js';
import { copyObject } from './copyObject.js';
import * as multipart from './multipart.js';
import { route } from './routes.js';
import type { S3World } from './world.js';

export async function handleS3(world: S3World, ctx: RequestContext): Promise<Reply> {
  const r = route(ctx.method, ctx.rawPath, ctx.query, ctx.req.headers['x-amz-copy-source'] !== undefined);
  ctx.record.op = r.op;
  if (r.bucket) ctx.record.bucket = r.bucket;
  if (r.key) ctx.record.key = r.key;
  if (r.op === 'ListBuckets') return listBuckets(world, ctx);

  const bucket = world.find(r.bucket);
  if (!bucket) throw noSuchBucket(r.bucket);
  // S3 serves a bucket only from its own region; a request signed for another one is redirected, the
  // right region named in x-amz-bucket-region (HEAD gets the header alone). GetBucketLocation exists
  // precisely to find that region, so it answers from anywhere.
  if (r.op !== 'GetBucketLocation' && bucket.region !== ctx.region) {
    throw permanentRedirect(bucket.name, bucket.region, ctx.req.headers.host ?? '127.0.0.1');
  }
  // Another account's bucket exists (names are global), so it is AccessDenied rather than NoSuchBucket.
  // The -private bucket's policy denies everything; DeleteObjects reports that key by key instead.
  // x-amz-expected-bucket-owner guards against writing to a bucket someone else re-created.
  const expectedOwner = ctx.req.headers['x-amz-expected-bucket-owner'];
  const foreign =
    bucket.owner.accountId !== ctx.account.accountId ||
    (typeof expectedOwner === 'string' && expectedOwner !== bucket.owner.accountId);
  if (foreign || (bucket.denied && r.op !== 'DeleteObjects')) {
    throw accessDenied(r.op === 'HeadBucket' ? { 'x-amz-bucket-region': bucket.region } : {});
  }

  switch (r.op) {
    case 'HeadBucket':
      return headBucket(bucket);
    case 'GetBucketLocation':
      return getBucketLocation(bucket);
    case 'GetBucketVersioning':
      return getBucketVersioning(bucket);
    case 'ListObjectsV2':
      return listObjectsV2(bucket, ctx);
    case 'ListObjects':
      return listObjectsV1(bucket, ctx);
    case 'ListObjectVersions':
      return listObjectVersions(bucket, ctx);
    case 'DeleteObjects':
      return deleteObjects(bucket, ctx);
    case 'GetObject':
    case 'HeadObject':
      return getObject(bucket, r.key, ctx);
    case 'PutObject':
      return putObject(bucket, r.key, ctx);
    case 'DeleteObject':
      return deleteObject(bucket, r.key, ctx);
    case 'CopyObject':
      return copyObject(world, bucket, r.key, ctx);
    case 'CreateMultipartUpload':
      return multipart.createMultipartUpload(bucket, r.key, ctx);
    case 'UploadPart':
      return multipart.uploadPart(bucket, r.key, ctx);
    case 'UploadPartCopy':
      return multipart.uploadPartCopy(world, bucket, r.key, ctx);
    case 'CompleteMultipartUpload':
      return multipart.completeMultipartUpload(bucket, r.key, ctx);
    case 'AbortMultipartUpload':
      return multipart.abortMultipartUpload(bucket, r.key, ctx);
    case 'ListMultipartUploads':
      return multipart.listMultipartUploads(bucket, ctx);
    default:
      return assertNever(r.op);
  }
}

function assertNever(op: never): never {
  throw new AwsError(500, 'InternalError', `unrouted operation ${String(op)}`);
}
