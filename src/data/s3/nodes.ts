// S3 as tree nodes: service → buckets → folders (common prefixes) and objects → an object's details.
import type { S3Client } from '@aws-sdk/client-s3';
import { formatBytes, formatDate } from '../format';
import { node, type Column, type Ctx, type DetailField, type NodeType, type TreeNode } from '../tree';
import { needSession } from '../context';
import { getBucketRegion, listBuckets, type BucketInfo } from './buckets';
import { listObjects, type ObjectEntry } from './objects';
import { headObject } from './head';

export interface PrefixRecord {
  bucket: string;
  prefix: string;
}
export interface ObjectRecord {
  bucket: string;
  entry: ObjectEntry;
  /** The prefix of the listing it came from: the label is the key relative to it. */
  parent: string;
}

/** The client for a bucket's own region (learnt from ListBuckets, else asked once). */
export async function bucketClient(ctx: Ctx, bucket: string, signal?: AbortSignal): Promise<S3Client> {
  const session = needSession(ctx);
  let region = session.bucketRegions.get(bucket);
  if (!region) {
    region = await getBucketRegion(await session.s3(), bucket, signal).catch(() => session.region);
    session.bucketRegions.set(bucket, region);
  }
  return session.s3(region);
}

const objectColumns: Column[] = [
  { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label },
  { id: 'size', title: 'SIZE', width: 10, align: 'right', cell: (n) => formatBytes((n.record as ObjectRecord).entry?.size) },
  { id: 'modified', title: 'MODIFIED', width: 16, cell: (n) => formatDate((n.record as ObjectRecord).entry?.modified) },
  { id: 'class', title: 'CLASS', width: 12, cell: (n) => (n.record as ObjectRecord).entry?.storageClass ?? '' },
];

export const s3Object: NodeType<ObjectRecord> = {
  name: 's3.object',
  kind: 'item',
  describe: ({ record: { bucket, entry } }) => [
    { label: 'Bucket', value: bucket },
    { label: 'Key', value: entry.key },
    { label: 'Size', value: `${formatBytes(entry.size)} (${entry.size ?? '?'} bytes)` },
    { label: 'Modified', value: formatDate(entry.modified) },
    { label: 'ETag', value: entry.etag ?? '' },
    { label: 'Storage class', value: entry.storageClass ?? '' },
  ],
  details: async ({ record }, ctx, signal) =>
    headObject(await bucketClient(ctx, record.bucket, signal), record.bucket, record.entry.key, signal),
};

const listPrefix = (bucket: string, prefix: string) =>
  async function* (_n: TreeNode, ctx: Ctx, opts: Parameters<NonNullable<NodeType['children']>>[2]) {
    const client = await bucketClient(ctx, bucket, opts.signal);
    for await (const page of listObjects(client, { bucket, prefix, delimiter: '/' }, opts)) {
      yield { ...page, items: page.items.map((e) => entryNode(bucket, prefix, e)) };
    }
  };

export const s3Prefix: NodeType<PrefixRecord> = {
  name: 's3.prefix',
  kind: 'collection',
  columns: objectColumns,
  children: (n, ctx, opts) => listPrefix(n.record.bucket, n.record.prefix)(n, ctx, opts),
  describe: ({ record }) => [
    { label: 'Bucket', value: record.bucket },
    { label: 'Prefix', value: record.prefix },
  ],
};

function entryNode(bucket: string, parent: string, e: ObjectEntry): TreeNode {
  const label = e.key.slice(parent.length);
  return e.kind === 'prefix'
    ? node(s3Prefix, e.key, label, { bucket, prefix: e.key })
    : node(s3Object, e.key, label, { bucket, entry: e, parent });
}

export const s3Bucket: NodeType<BucketInfo> = {
  name: 's3.bucket',
  kind: 'resource',
  columns: objectColumns,
  children: (n, ctx, opts) => listPrefix(n.record.name, '')(n, ctx, opts),
  describe: ({ record }) => [
    { label: 'Bucket', value: record.name },
    { label: 'Region', value: record.region ?? '(asked when opened)' },
    { label: 'Created', value: formatDate(record.created) },
  ],
};

export const s3Service: NodeType<null> = {
  name: 's3',
  kind: 'service',
  columns: [
    { id: 'name', title: 'BUCKET', width: 0, cell: (n) => n.label },
    { id: 'region', title: 'REGION', width: 14, cell: (n) => (n.record as BucketInfo).region ?? '' },
    { id: 'created', title: 'CREATED', width: 16, cell: (n) => formatDate((n.record as BucketInfo).created) },
  ],
  async *children(_n, ctx, opts) {
    const session = needSession(ctx);
    for await (const page of listBuckets(await session.s3(), opts)) {
      for (const b of page.items) if (b.region) session.bucketRegions.set(b.name, b.region);
      yield { ...page, items: page.items.map((b) => node(s3Bucket, b.name, b.name, b)) };
    }
  },
  describe: () => [{ label: 'Service', value: 'Amazon S3' }] satisfies DetailField[],
};

export { getBucketRegion };
