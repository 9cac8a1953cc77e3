// S3 as tree nodes: service → buckets → folders (common prefixes) and objects → an object's details.
// A prefix listing carries its view (flat, from a key, one content type: prefixView.ts), and the
// versions of anything are a screen of their own (versionNodes.ts).
import { formatBytes, formatDate } from '../format';
import { node, type Column, type DetailField, type NodeType, type TreeNode } from '../tree';
import type { ActionSpec } from '../actions';
import { needSession } from '../context';
import { getBucketRegion, listBuckets, type BucketInfo } from './buckets';
import type { ObjectEntry } from './objects';
import { headObject } from './head';
import { bucketClient } from './bucketClient';
import { labelBase, listView, viewCrumb, type PrefixRecord } from './prefixView';
import { ContentTypeScan } from './contentType';
import { downloadAction, previewAction } from './actions';
import { deleteObjectAction } from './deleteAction';
import { batchDeleteAction, prefixTarget } from './batchDeleteAction';
import { versionsAction } from './versionNodes';
import { waitForObjectAction } from './waitForObject';
import { uploadAction } from './uploadAction';
import { presignAction } from './presignAction';
import { copyAction } from './copyAction';
import { listedWith, unlessRefused, watched } from './denied';
import { markerField, markerLabel, nameCell } from './folderMarker';

export type { PrefixRecord };
export interface ObjectRecord {
  bucket: string;
  entry: ObjectEntry;
  /** The prefix of the listing it came from: the label is the key relative to it. */
  parent: string;
  /** The record of the listing it came from: what the session that read it knows (denied.ts). */
  listing?: object;
}

export { bucketClient };

const entryOf = (n: TreeNode) => (n.record as ObjectRecord).entry;

const objectColumns: Column[] = [
  { id: 'name', title: 'NAME', width: 0, cell: (n) => (entryOf(n)?.kind === 'object' ? nameCell(n.label, entryOf(n).key) : n.label), sortValue: (n) => n.label },
  { id: 'size', title: 'SIZE', width: 10, align: 'right', cell: (n) => formatBytes(entryOf(n)?.size), sortValue: (n) => entryOf(n)?.size },
  { id: 'modified', title: 'MODIFIED', width: 16, cell: (n) => formatDate(entryOf(n)?.modified), sortValue: (n) => entryOf(n)?.modified?.getTime() },
  { id: 'class', title: 'CLASS', width: 12, cell: (n) => entryOf(n)?.storageClass ?? '' },
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
    ...markerField(entry.key, entry.size),
  ],
  details: async ({ record }, ctx, signal) =>
    headObject(await bucketClient(ctx, record.bucket, signal), record.bucket, record.entry.key, signal),
  actions: [previewAction, downloadAction, deleteObjectAction, versionsAction, presignAction(), copyAction(false), unlessRefused(copyAction(true))],
};

/** The listing in view as a prefix record (a bucket is its own empty prefix). */
const viewOf = (n: TreeNode): PrefixRecord =>
  n.type.name === 's3.bucket' ? { bucket: (n.record as BucketInfo).name, prefix: '' } : (n.record as PrefixRecord);

const prefixNode = (r: PrefixRecord, label: string) =>
  node(s3Prefix, `${r.prefix}|${r.flat ? 'flat' : ''}|${r.from ?? ''}|${r.contentType ?? ''}`, label, r);

/** F: every key under the prefix (no delimiter) ⇄ folders. Replaces the screen: it is the same place. */
const flatToggle: ActionSpec = {
  command: 'action.flat',
  label: 'Flat / folders',
  mutates: false,
  confirm: 'none',
  unavailable: (n) => (viewOf(n).contentType ? 'a content-type filter always lists every key' : undefined),
  async run(env) {
    const r = viewOf(env.node);
    env.open?.(prefixNode({ bucket: r.bucket, prefix: r.prefix, flat: !r.flat, from: r.from }, env.node.label), 'replace');
  },
};

/** T: only objects of one content type, HeadObject per listed key (contentType.ts). */
const typeFilter: ActionSpec = {
  command: 'action.contentType',
  label: 'Content type',
  mutates: false,
  confirm: 'none',
  inputs: [
    {
      id: 'type',
      label: 'Show only this content type (text/csv, or a family: image/*). Every key under here is asked, as you scroll.',
      kind: 'text',
      initial: () => 'text/csv',
      validate: (v) => (/^[\w.+-]+\/([\w.+-]+|\*)$/.test(v.trim()) ? undefined : 'A content type looks like text/csv or image/*.'),
    },
  ],
  async run(env) {
    const r = viewOf(env.node);
    const type = env.input.type.trim();
    env.open?.(prefixNode({ bucket: r.bucket, prefix: r.prefix, contentType: type, scan: new ContentTypeScan(type) }, env.node.label), 'push');
  },
};

// A bucket that refused to be listed is offered nothing that changes it (denied.ts).
const listingActions: ActionSpec[] = [flatToggle, typeFilter, unlessRefused(batchDeleteAction('action.deleteAll', false)), waitForObjectAction, unlessRefused(uploadAction())];

const progress = (n: TreeNode) => (n.record as PrefixRecord).scan;

/**
 * `:prefix PATH` and `:jump KEY`, server-side, both relative to the folder in view (what its rows are
 * named from); `:prefix /PATH` starts from the bucket's top.
 */
function seek(n: TreeNode, to: { prefix?: string; from?: string }): TreeNode {
  const r = viewOf(n);
  if (to.prefix !== undefined) {
    const absolute = to.prefix.startsWith('/');
    const prefix = absolute ? to.prefix.replace(/^\/+/, '') : labelBase(r.prefix) + to.prefix;
    return prefixNode({ bucket: r.bucket, prefix, flat: r.flat }, absolute ? prefix : to.prefix);
  }
  const from = to.from!.startsWith(r.prefix) ? to.from! : r.prefix + to.from!;
  return prefixNode({ bucket: r.bucket, prefix: r.prefix, flat: r.flat, from }, n.label);
}

/** `listing`: the record of the node listed (a bucket's is its BucketInfo), which its rows name. */
async function* listPrefix(ctx: Parameters<NonNullable<NodeType['children']>>[1], r: PrefixRecord, opts: Parameters<NonNullable<NodeType['children']>>[2], listing: object = r) {
  listedWith(listing, ctx.session);
  const client = await bucketClient(ctx, r.bucket, opts.signal);
  const head = async (key: string, signal: AbortSignal) => {
    const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
    return (await client.send(new HeadObjectCommand({ Bucket: r.bucket, Key: key }), { abortSignal: signal })).ContentType;
  };
  const base = labelBase(r.prefix);
  // Only the bucket's own top listing speaks for the whole bucket: a prefix-scoped policy may refuse
  // one folder and allow the next, and its refusal says nothing about the rest.
  const pages = listView(client, r, head, opts);
  for await (const page of r.prefix === '' ? watched(ctx.session, r.bucket, 'ListObjectsV2', pages) : pages) {
    yield { ...page, items: page.items.map((e) => entryNode(r.bucket, base, e, listing)) };
  }
}

export const s3Prefix: NodeType<PrefixRecord> = {
  name: 's3.prefix',
  kind: 'collection',
  columns: objectColumns,
  children: (n, ctx, opts) => listPrefix(ctx, n.record, opts),
  crumb: (n) => viewCrumb(n.record, n.label),
  describe: ({ record }) => [
    { label: 'Bucket', value: record.bucket },
    { label: 'Prefix', value: record.prefix },
    ...(record.flat ? [{ label: 'View', value: 'flat: every key under the prefix' }] : []),
    ...(record.contentType ? [{ label: 'Content type', value: record.contentType }] : []),
    ...(record.from !== undefined ? [{ label: 'From', value: record.from }] : []),
  ],
  actions: [unlessRefused(batchDeleteAction('action.delete', false)), versionsAction],
  listActions: listingActions,
  progress,
  seek,
  emptyText: 'No objects here.',
};

function entryNode(bucket: string, base: string, e: ObjectEntry, listing: object): TreeNode {
  const label = e.kind === 'object' ? markerLabel(e.key.slice(base.length)) : e.key.slice(base.length);
  return e.kind === 'prefix'
    ? node(s3Prefix, e.key, label, { bucket, prefix: e.key, listing })
    : node(s3Object, e.key, label, { bucket, entry: e, parent: base, listing });
}

export const s3Bucket: NodeType<BucketInfo> = {
  name: 's3.bucket',
  kind: 'resource',
  columns: objectColumns,
  children: (n, ctx, opts) => listPrefix(ctx, { bucket: n.record.name, prefix: '' }, opts, n.record),
  describe: ({ record }) => [
    { label: 'Bucket', value: record.name },
    { label: 'Region', value: record.region ?? '(asked when opened)' },
    { label: 'Created', value: formatDate(record.created) },
  ],
  actions: [versionsAction],
  listActions: listingActions,
  seek,
  emptyText: 'This bucket is empty.',
};

export const s3Service: NodeType<null> = {
  name: 's3',
  kind: 'service',
  columns: [
    { id: 'name', title: 'BUCKET', width: 0, cell: (n) => n.label, sortValue: (n) => n.label },
    { id: 'region', title: 'REGION', width: 14, cell: (n) => (n.record as BucketInfo).region ?? '', sortValue: (n) => (n.record as BucketInfo).region },
    { id: 'created', title: 'CREATED', width: 16, cell: (n) => formatDate((n.record as BucketInfo).created), sortValue: (n) => (n.record as BucketInfo).created?.getTime() },
  ],
  async *children(_n, ctx, opts) {
    const session = needSession(ctx);
    for await (const page of listBuckets(await session.s3(), opts)) {
      for (const b of page.items) {
        if (b.region) session.bucketRegions.set(b.name, b.region);
        listedWith(b, session);
      }
      yield { ...page, items: page.items.map((b) => node(s3Bucket, b.name, b.name, b)) };
    }
  },
  describe: () => [{ label: 'Service', value: 'Amazon S3' }] satisfies DetailField[],
};

export { getBucketRegion, prefixTarget };
