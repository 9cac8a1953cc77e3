// The versions view (boto3's `bucket.object_versions.filter(Prefix=…)`): every version and delete
// marker under a prefix, or of one object, newest first per key. Markers stand out; any version can be
// previewed, downloaded or deleted.
import type { ActionSpec } from '../actions';
import { formatBytes, formatDate } from '../format';
import { node, type Column, type NodeType, type TreeNode } from '../tree';
import { bucketClient } from './bucketClient';
import { headObject } from './head';
import { listObjectVersions, type VersionEntry } from './versions';
import { labelBase } from './prefixView';
import { downloadAction, previewAction } from './actions';
import { deleteVersionAction } from './deleteAction';
import { batchDeleteAction } from './batchDeleteAction';
import { presignAction } from './presignAction';
import { restoreAction } from './restoreAction';
import { listedWith, unlessRefused } from './denied';

export interface VersionsRecord {
  bucket: string;
  prefix: string;
  /** The versions of this one key (Prefix would also match 'a.txt.bak' for 'a.txt'). */
  exactKey?: string;
}

export interface VersionRecord {
  bucket: string;
  entry: VersionEntry;
  /** The record of the versions listing it came from (denied.ts). */
  listing?: object;
}

const entry = (n: TreeNode) => (n.record as VersionRecord).entry;
const isMarker = (n: TreeNode) => entry(n).kind === 'marker';

export const versionColumns: Column[] = [
  { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label, sortValue: (n) => n.label },
  {
    id: 'kind',
    title: 'KIND',
    width: 9,
    // Narrow, so keys keep their room; the colour and the ✕ set markers apart, the detail pane spells it out.
    cell: (n) => (isMarker(n) ? '✕ marker' : 'version'),
    color: (n) => (isMarker(n) ? 'red' : undefined),
  },
  { id: 'version', title: 'VERSION ID', width: 14, cell: (n) => entry(n).versionId ?? '' },
  { id: 'latest', title: 'LATEST', width: 6, priority: 1, cell: (n) => (entry(n).isLatest ? 'latest' : ''), color: (n) => (entry(n).isLatest ? 'green' : undefined) },
  { id: 'size', title: 'SIZE', width: 10, align: 'right', cell: (n) => (isMarker(n) ? '—' : formatBytes(entry(n).size)), sortValue: (n) => entry(n).size },
  { id: 'modified', title: 'MODIFIED', width: 16, cell: (n) => formatDate(entry(n).modified), sortValue: (n) => entry(n).modified?.getTime() },
];

export const s3Version: NodeType<VersionRecord> = {
  name: 's3.version',
  kind: 'item',
  describe: ({ record: { bucket, entry: e } }) => [
    { label: 'Bucket', value: bucket },
    { label: 'Key', value: e.key },
    { label: 'Version', value: e.versionId ?? '' },
    { label: 'Kind', value: e.kind === 'marker' ? 'delete marker (no content)' : 'version' },
    { label: 'Latest', value: e.isLatest ? 'yes' : 'no' },
    ...(e.kind === 'marker' ? [] : [{ label: 'Size', value: `${formatBytes(e.size)} (${e.size ?? '?'} bytes)` }]),
    { label: 'Modified', value: formatDate(e.modified) },
  ],
  // A delete marker has no object to ask for: what the listing said is all there is.
  details: async ({ record: { bucket, entry: e } }, ctx, signal) =>
    e.kind === 'marker'
      ? { fields: s3Version.describe!(node(s3Version, '', '', { bucket, entry: e })), raw: e }
      : headObject(await bucketClient(ctx, bucket, signal), bucket, e.key, signal, e.versionId),
  actions: [previewAction, downloadAction, deleteVersionAction, presignAction(), unlessRefused(restoreAction)],
};

export const s3Versions: NodeType<VersionsRecord> = {
  name: 's3.versions',
  kind: 'collection',
  columns: versionColumns,
  async *children(n, ctx, opts) {
    const { bucket, prefix, exactKey } = n.record;
    listedWith(n.record, ctx.session);
    const client = await bucketClient(ctx, bucket, opts.signal);
    const base = exactKey !== undefined ? labelBase(exactKey) : labelBase(prefix);
    // Not watched for refusals: ListObjectVersions is its own permission (s3:ListBucketVersions); a
    // refusal here says nothing about deleting or uploading objects.
    for await (const page of listObjectVersions(client, { bucket, prefix }, opts)) {
      const items = exactKey === undefined ? page.items : page.items.filter((e) => e.key === exactKey);
      yield {
        ...page,
        items: items.map((e) => node(s3Version, `${e.key}\u0000${e.versionId}`, e.key.slice(base.length), { bucket, entry: e, listing: n.record })),
        // One key's versions come first under its own name: a page that moved past it ends the listing.
        next: exactKey !== undefined && items.length < page.items.length ? undefined : page.next,
      };
      if (exactKey !== undefined && items.length < page.items.length) return;
    }
  },
  crumb: (n) => `${n.label || '/'} (versions)`,
  describe: ({ record }) => [
    { label: 'Bucket', value: record.bucket },
    { label: record.exactKey !== undefined ? 'Key' : 'Prefix', value: record.exactKey ?? record.prefix },
  ],
  listActions: [
    unlessRefused({
      ...batchDeleteAction('action.deleteAll', true),
      // Deleting works by prefix: for one key it would also take 'a.txt.bak' along with 'a.txt'.
      unavailable: (n) => ((n.record as VersionsRecord).exactKey !== undefined ? 'works on a prefix: open the versions of the folder' : undefined),
    }),
  ],
  emptyText: 'No versions here (an unversioned bucket has one "null" version per key).',
};

/** V on an object, a folder or a bucket: its versions, as a screen of their own (Esc comes back). */
export const versionsAction: ActionSpec = {
  command: 'action.versions',
  label: 'Versions',
  mutates: false,
  confirm: 'none',
  async run(env) {
    const n = env.node;
    const r = n.record as { bucket?: string; name?: string; prefix?: string; entry?: { key: string } };
    const bucket = r.bucket ?? r.name ?? '';
    const record: VersionsRecord = r.entry ? { bucket, prefix: r.entry.key, exactKey: r.entry.key } : { bucket, prefix: r.prefix ?? '' };
    env.open?.(node(s3Versions, `versions:${record.prefix}`, n.label, record), 'push');
  },
};
