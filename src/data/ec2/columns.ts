// How an instance reads as a row: pure functions of the API record, coloured by state.
import type { Column, DetailField, TreeNode } from '../tree';
import { formatDate } from '../format';
import { nameOf, type InstanceRecord } from './instances';

const inst = (n: TreeNode) => (n.record as InstanceRecord).instance;

const STATE_COLORS: Record<string, string> = {
  running: 'green',
  pending: 'yellow',
  stopping: 'yellow',
  'shutting-down': 'yellow',
  stopped: 'gray',
  terminated: 'red',
};

export const stateColor = (state: string | undefined) => (state ? STATE_COLORS[state] : undefined);

export const instanceColumns: Column[] = [
  { id: 'id', title: 'INSTANCE', width: 19, cell: (n) => inst(n).InstanceId ?? '', sortValue: (n) => inst(n).InstanceId },
  { id: 'name', title: 'NAME', width: 0, cell: (n) => nameOf(inst(n)) ?? '', sortValue: (n) => nameOf(inst(n)) },
  // In "all regions" only: there the region is what tells two rows apart.
  {
    id: 'region',
    title: 'REGION',
    width: 14,
    priority: 1,
    cell: (n) => (n.record as InstanceRecord).region,
    sortValue: (n) => (n.record as InstanceRecord).region,
    when: (list) => !(list.record as { region?: string } | undefined)?.region,
  },
  {
    id: 'state',
    title: 'STATE',
    width: 13,
    cell: (n) => inst(n).State?.Name ?? '',
    color: (n) => stateColor(inst(n).State?.Name),
    sortValue: (n) => inst(n).State?.Name,
  },
  { id: 'type', title: 'TYPE', width: 11, cell: (n) => inst(n).InstanceType ?? '', sortValue: (n) => inst(n).InstanceType },
  { id: 'az', title: 'AZ', width: 15, cell: (n) => inst(n).Placement?.AvailabilityZone ?? '', sortValue: (n) => inst(n).Placement?.AvailabilityZone },
  { id: 'private', title: 'PRIVATE IP', width: 15, cell: (n) => inst(n).PrivateIpAddress ?? '', sortValue: (n) => ipKey(inst(n).PrivateIpAddress) },
  { id: 'public', title: 'PUBLIC IP', width: 15, cell: (n) => inst(n).PublicIpAddress ?? '', sortValue: (n) => ipKey(inst(n).PublicIpAddress) },
  { id: 'launch', title: 'LAUNCHED', width: 16, cell: (n) => formatDate(inst(n).LaunchTime), sortValue: (n) => inst(n).LaunchTime?.getTime() },
];

/** 10.0.2.5 sorts before 10.0.10.5. */
function ipKey(ip: string | undefined): number | undefined {
  if (!ip) return undefined;
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function instanceFields(r: InstanceRecord): DetailField[] {
  const i = r.instance;
  return [
    { label: 'Instance', value: i.InstanceId ?? '' },
    { label: 'Name', value: nameOf(i) ?? '' },
    { label: 'State', value: i.State?.Name ?? '' },
    ...(i.StateReason?.Message ? [{ label: 'State reason', value: i.StateReason.Message }] : []),
    { label: 'Type', value: i.InstanceType ?? '' },
    { label: 'Image', value: i.ImageId ?? '' },
    { label: 'Region', value: r.region },
    { label: 'AZ', value: i.Placement?.AvailabilityZone ?? '' },
    { label: 'Private IP', value: i.PrivateIpAddress ?? '' },
    { label: 'Public IP', value: i.PublicIpAddress ?? '' },
    { label: 'Private DNS', value: i.PrivateDnsName ?? '' },
    { label: 'VPC / subnet', value: [i.VpcId, i.SubnetId].filter(Boolean).join(' / ') },
    { label: 'Launched', value: formatDate(i.LaunchTime) },
    ...(i.Tags ?? []).filter((t) => t.Key !== 'Name').map((t) => ({ label: `tag ${t.Key ?? ''}`, value: t.Value ?? '' })),
  ];
}
