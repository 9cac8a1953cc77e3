// Which requests a screen stands for: the listing in view (its prefix, delimiter, StartAfter, page
// size, server-side filters, and what awsnav filters client-side), or the selected item (HeadObject,
// DescribeInstances) and the state changes it offers. Each input comes from the builder the call uses.
import type { Ctx, TreeNode } from '../tree';
import type { Session } from '../session';
import { clientConfigOf, type AwsRequest, type ClientFilter } from '../request';
import { listObjectsInput, objectPageSize } from '../s3/objects';
import { listVersionsInput } from '../s3/versions';
import { headObjectInput } from '../s3/head';
import { startAfterFor, type PrefixRecord } from '../s3/prefixView';
import type { ObjectRecord } from '../s3/nodes';
import type { VersionRecord, VersionsRecord } from '../s3/versionNodes';
import type { BucketInfo } from '../s3/buckets';
import { clampPageSize, describeInstanceInput, describeInstancesInput, type InstanceRecord } from '../ec2/instances';
import type { InstancesRecord } from '../ec2/nodes';
import { stateChangeRequest, type Op } from '../ec2/actions';
import { configFrom } from '../waiters/inputs';
import { INSTANCE_WAITER_DEFAULTS } from '../waiters/instance';
import type { WaiterConfig } from '../waiters/loop';

export interface ViewOptions {
  pageSize?: number;
  /** The `/` filter on the loaded rows. */
  filter?: string;
}

/** The ListObjectsV2 query a prefix listing sends: as prefixView.listView builds it. */
export function prefixQuery(r: PrefixRecord) {
  const flat = r.flat || r.contentType !== undefined;
  return { bucket: r.bucket, prefix: r.prefix, delimiter: flat ? undefined : '/', startAfter: r.from === undefined ? undefined : startAfterFor(r.from) };
}

const s3For = (session: Session, bucket: string) => clientConfigOf(session, 's3', session.bucketRegions.get(bucket) ?? session.region);

function filters(cf: ClientFilter): ClientFilter | undefined {
  return Object.values(cf).some((v) => v !== undefined && v !== '') ? cf : undefined;
}

/** The listing of `n`'s children as a request. Undefined where awsnav lists nothing from AWS (profiles). */
export function listingRequest(n: TreeNode, session: Session | undefined, o: ViewOptions = {}): AwsRequest | undefined {
  if (!session) return undefined;
  const text = o.filter || undefined;
  switch (n.type.name) {
    case 's3':
      return { service: 's3', operation: 'ListBuckets', input: {}, client: clientConfigOf(session, 's3'), clientFilter: filters({ text }) };
    case 's3.bucket':
    case 's3.prefix': {
      const r: PrefixRecord = n.type.name === 's3.bucket' ? { bucket: (n.record as BucketInfo).name, prefix: '' } : (n.record as PrefixRecord);
      return {
        service: 's3',
        operation: 'ListObjectsV2',
        input: listObjectsInput(prefixQuery(r)),
        client: s3For(session, r.bucket),
        pageSize: objectPageSize(o.pageSize),
        clientFilter: filters({ contentType: r.contentType, text }),
      };
    }
    case 's3.versions': {
      const r = n.record as VersionsRecord;
      return {
        service: 's3',
        operation: 'ListObjectVersions',
        input: listVersionsInput({ bucket: r.bucket, prefix: r.prefix }),
        client: s3For(session, r.bucket),
        pageSize: objectPageSize(o.pageSize),
        clientFilter: filters({ exactKey: r.exactKey, text }),
      };
    }
    case 'ec2.instances': {
      const r = n.record as InstancesRecord;
      return {
        service: 'ec2',
        operation: 'DescribeInstances',
        input: describeInstancesInput(r.filter),
        client: clientConfigOf(session, 'ec2', r.region ?? session.region),
        pageSize: clampPageSize(o.pageSize),
        everyRegion: r.region === undefined || undefined,
        clientFilter: filters({ text }),
      };
    }
  }
  return undefined;
}

/** The selected item's own requests: its record, and for an instance the state change it would make next. */
export function itemRequests(n: TreeNode, session: Session | undefined, config?: WaiterConfig): AwsRequest[] {
  if (!session) return [];
  switch (n.type.name) {
    case 's3.object': {
      const { bucket, entry } = n.record as ObjectRecord;
      return [{ service: 's3', operation: 'HeadObject', input: headObjectInput(bucket, entry.key), client: s3For(session, bucket) }];
    }
    case 's3.version': {
      const { bucket, entry } = n.record as VersionRecord;
      if (entry.kind === 'marker') return [];
      return [{ service: 's3', operation: 'HeadObject', input: headObjectInput(bucket, entry.key, entry.versionId), client: s3For(session, bucket) }];
    }
    case 'ec2.instance': {
      const r = n.record as InstanceRecord;
      const describe: AwsRequest = { service: 'ec2', operation: 'DescribeInstances', input: describeInstanceInput(r.instance.InstanceId ?? ''), client: clientConfigOf(session, 'ec2', r.region) };
      const state = r.instance.State?.Name;
      const cfg = config ?? { minDelay: INSTANCE_WAITER_DEFAULTS.delay, maxDelay: INSTANCE_WAITER_DEFAULTS.delay, maxAttempts: INSTANCE_WAITER_DEFAULTS.maxAttempts };
      const next = state === 'running' ? stateChangeRequest(session, r, 'StopInstances', 'stopped', cfg) : state === 'stopped' ? stateChangeRequest(session, r, 'StartInstances', 'running', cfg) : undefined;
      return next ? [describe, next] : [describe];
    }
  }
  return [];
}

export interface CodeSubject {
  /** What the code does, for the view's title: "the listing", "the selected item", "stop + wait". */
  title: string;
  request: AwsRequest;
}

const titleOf = (r: AwsRequest, what: string) => (r.wait ? `${r.operation} + wait` : `${what} (${r.operation})`);

/** What `c` shows: the listing in view first, then the selected item's requests (its record, its next state change). */
export function subjectsInView(listing: TreeNode, selected: TreeNode | undefined, ctx: Ctx, o: ViewOptions = {}): CodeSubject[] {
  const list = listingRequest(listing, ctx.session, o);
  const item = selected ? itemRequests(selected, ctx.session) : [];
  return [...(list ? [{ title: titleOf(list, 'this listing'), request: list }] : []), ...item.map((r) => ({ title: titleOf(r, 'the selected item'), request: r }))];
}

const STATE_ACTIONS: Record<string, { op: Op; target: 'running' | 'stopped' | 'terminated' }> = {
  'action.start': { op: 'StartInstances', target: 'running' },
  'action.stop': { op: 'StopInstances', target: 'stopped' },
  'action.reboot': { op: 'RebootInstances', target: 'running' },
  'action.terminate': { op: 'TerminateInstances', target: 'terminated' },
};

/**
 * An action about to run, with the inputs the person gave (Delay, MaxAttempts), as a request: for the
 * code view from a confirmation dialog. Undefined for actions with no one-request form.
 */
export function actionRequest(command: string, n: TreeNode, session: Session | undefined, input: Record<string, string> = {}): AwsRequest | undefined {
  if (!session) return undefined;
  const state = STATE_ACTIONS[command];
  if (state && n.type.name === 'ec2.instance') {
    return stateChangeRequest(session, n.record as InstanceRecord, state.op, state.target, configFrom(input, INSTANCE_WAITER_DEFAULTS));
  }
  const isPrefix = n.type.name === 's3.prefix' || n.type.name === 's3.bucket' || n.type.name === 's3.versions';
  if ((command === 'action.delete' || command === 'action.deleteAll') && isPrefix) {
    const r = n.record as { bucket?: string; name?: string; prefix?: string };
    const bucket = r.bucket ?? r.name ?? '';
    const prefix = r.prefix ?? '';
    return {
      service: 's3',
      operation: 'DeleteObjects',
      input: { Bucket: bucket, Prefix: prefix },
      client: s3For(session, bucket),
      deletePrefix: { bucket, prefix, versions: n.type.name === 's3.versions' },
    };
  }
  return undefined;
}
