// EC2 as tree nodes: service → regions (the current one first, then "all regions", then the rest) →
// instances. A listing's record carries its region (none: all regions) and its server-side filter.
import type { Instance } from '@aws-sdk/client-ec2';
import { node, type DetailField, type NodeType, type TreeNode } from '../tree';
import { needSession } from '../context';
import { AWS_REGIONS } from '../regions';
import { describeInstance, listInstances, type InstanceRecord } from './instances';
import { instanceLabel } from './rows';
import { listAllRegions } from './allRegions';
import { filterText, withFilter, type InstanceFilter } from './filter';
import { instanceColumns, instanceFields } from './columns';
import { instanceActions, launchAction } from './actions';

export interface InstancesRecord {
  /** Undefined: every region. */
  region?: string;
  filter?: InstanceFilter;
}

export const ec2Instance: NodeType<InstanceRecord> = {
  name: 'ec2.instance',
  kind: 'resource',
  describe: ({ record }) => instanceFields(record),
  async details({ record }, ctx, signal) {
    const client = await needSession(ctx).ec2(record.region);
    const out = await describeInstance(client, record.instance.InstanceId!, signal);
    const fresh = out.Reservations?.flatMap((r) => r.Instances ?? [])[0];
    if (!fresh) throw Object.assign(new Error(`${record.instance.InstanceId} is no longer listed`), { name: 'NotFound' });
    return { fields: instanceFields({ region: record.region, instance: fresh }), raw: fresh };
  },
  actions: instanceActions,
};

/** A row for an instance. */
export const instanceNode = (region: string, instance: Instance): TreeNode<InstanceRecord> =>
  node(ec2Instance, instance.InstanceId ?? '', instanceLabel(instance), { region, instance });

const instancesLabel = (r: InstancesRecord) => r.region ?? 'all regions';

export const ec2Instances: NodeType<InstancesRecord> = {
  name: 'ec2.instances',
  kind: 'region',
  columns: instanceColumns,
  async *children(n, ctx, opts) {
    const session = needSession(ctx);
    const { region, filter } = n.record;
    const pages = region
      ? listInstances(await session.ec2(region), region, filter, opts)
      : listAllRegions((r) => session.ec2(r), () => regionNames(session, opts.signal), filter, opts);
    for await (const page of pages) yield { ...page, items: page.items.map((r) => instanceNode(r.region, r.instance)) };
  },
  crumb: (n) => [instancesLabel(n.record), filterText(n.record.filter)].filter(Boolean).join(' '),
  describe: ({ record }) => [
    { label: 'Region', value: record.region ?? 'all regions' },
    ...(record.filter ? [{ label: 'Filter', value: filterText(record.filter) || 'none' }] : []),
  ],
  filter(n, name, value) {
    if (name !== 'state' && name !== 'tag') return undefined;
    const f = withFilter(n.record.filter, name, value);
    if (typeof f === 'string') return f;
    return node(ec2Instances, `${n.record.region ?? '*'}|${filterText(f)}`, n.label, { region: n.record.region, filter: f });
  },
  listActions: [launchAction],
  emptyText: 'No instances here (n launches one; :state / :tag change the filter).',
};

async function regionNames(session: ReturnType<typeof needSession>, signal: AbortSignal): Promise<string[]> {
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  const out = await (await session.ec2()).send(new DescribeRegionsCommand({}), { abortSignal: signal });
  return (out.Regions ?? []).map((r) => r.RegionName!).filter(Boolean);
}

const regionTitles = new Map(AWS_REGIONS);

export const ec2Service: NodeType<null> = {
  name: 'ec2',
  kind: 'service',
  columns: [
    { id: 'region', title: 'REGION', width: 16, cell: (n) => n.label },
    { id: 'where', title: 'WHERE', width: 0, cell: (n) => ((n.record as InstancesRecord).region ? (regionTitles.get((n.record as InstancesRecord).region!) ?? '') : 'every region, a few at a time') },
  ],
  async *children(_n, ctx, opts) {
    const session = needSession(ctx);
    const names = await regionNames(session, opts.signal);
    const current = session.region;
    const others = names.filter((r) => r !== current).sort();
    const item = (r: InstancesRecord) => node(ec2Instances, r.region ?? '*', instancesLabel(r), r);
    yield { items: [item({ region: current }), item({}), ...others.map((region) => item({ region }))] };
  },
  describe: () => [{ label: 'Service', value: 'Amazon EC2' }] satisfies DetailField[],
};
