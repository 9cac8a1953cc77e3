// The S3 client for a bucket's own region (DESIGN.md: remember it per bucket; followRegionRedirects alone
// costs two requests per call). Learnt from ListBuckets, else asked once with GetBucketLocation.
import type { S3Client } from '@aws-sdk/client-s3';
import type { Ctx } from '../tree';
import { needSession } from '../context';
import { getBucketRegion } from './buckets';

export async function bucketClient(ctx: Ctx, bucket: string, signal?: AbortSignal): Promise<S3Client> {
  const session = needSession(ctx);
  let region = session.bucketRegions.get(bucket);
  if (!region) {
    region = await getBucketRegion(await session.s3(), bucket, signal).catch(() => session.region);
    session.bucketRegions.set(bucket, region);
  }
  return session.s3(region);
}
