// ListBuckets as an async iterable of pages (MaxBuckets / ContinuationToken).
import type { S3Client } from '@aws-sdk/client-s3';
import type { ListOptions, Page } from '../tree';

export interface BucketInfo {
  name: string;
  created?: Date;
  /** Present when S3 reports it (current S3 does for every bucket). */
  region?: string;
}

export async function* listBuckets(client: S3Client, opts: ListOptions): AsyncIterable<Page<BucketInfo>> {
  const { paginateListBuckets } = await import('@aws-sdk/client-s3');
  let cursor = opts.cursor;
  for await (const out of paginateListBuckets(
    { client, startingToken: cursor, pageSize: opts.pageSize ?? 1000 },
    {},
    { abortSignal: opts.signal },
  )) {
    const items = (out.Buckets ?? []).map((b) => ({ name: b.Name ?? '', created: b.CreationDate, region: b.BucketRegion }));
    yield { items, cursor, next: out.ContinuationToken || undefined };
    cursor = out.ContinuationToken || undefined;
  }
}

/** GetBucketLocation, mapped as S3 documents it: empty = us-east-1, the legacy 'EU' = eu-west-1. */
export async function getBucketRegion(client: S3Client, bucket: string, signal?: AbortSignal): Promise<string> {
  const { GetBucketLocationCommand } = await import('@aws-sdk/client-s3');
  const out = await client.send(new GetBucketLocationCommand({ Bucket: bucket }), { abortSignal: signal });
  const loc = out.LocationConstraint as string | undefined;
  if (!loc) return 'us-east-1';
  return loc === 'EU' ? 'eu-west-1' : loc;
}
