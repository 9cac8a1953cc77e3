// The top of the tree: profiles, and under each profile the services it can browse.
import { node, onePage, type NodeType, type TreeNode } from './tree';
import type { Session } from './session';
import { s3Service } from './s3/nodes';
import { ec2Service } from './ec2/nodes';

export interface ProfileRecord {
  session: Session;
}

/** Services offered under every profile. A new service is one line here plus its own data module. */
const services: NodeType<null>[] = [s3Service, ec2Service];

const serviceRows = (): TreeNode[] => services.map((s) => node(s, s.name, s.name, null));

export const profileNode: NodeType<ProfileRecord> = {
  name: 'profile',
  kind: 'profile',
  columns: [{ id: 'name', title: 'SERVICE', width: 0, cell: (n) => n.label }],
  // In memory: the first frame of a profile's screen already lists them (rowsNow, see tree.ts).
  rowsNow: () => serviceRows(),
  children: () => onePage(serviceRows()),
  describe: ({ record: { session } }) => [
    { label: 'Profile', value: session.profile.name },
    { label: 'Kind', value: session.profile.kind },
    ...(session.profile.detail ? [{ label: 'Signs in', value: session.profile.detail }] : []),
    ...(session.profile.mfaSerial ? [{ label: 'MFA device', value: session.profile.mfaSerial }] : []),
    { label: 'Region', value: session.region },
    { label: 'Endpoint', value: session.endpoint('s3') ?? 'AWS' },
    ...(session.readonly ? [{ label: 'Read-only', value: 'yes' }] : []),
  ],
};

/** `profiles` may be a function: the list is read each time the root is listed (region switches). */
export const rootNode = (profiles: TreeNode<ProfileRecord>[] | (() => TreeNode<ProfileRecord>[])): TreeNode<null> => {
  const profileRows = () => (typeof profiles === 'function' ? profiles() : profiles);
  return node(
    {
      name: 'root',
      kind: 'root',
      columns: [
        { id: 'name', title: 'PROFILE', width: 0, cell: (n) => n.label },
        { id: 'kind', title: 'KIND', width: 14, cell: (n) => (n.record as ProfileRecord).session.profile.kind },
        { id: 'region', title: 'REGION', width: 16, cell: (n) => (n.record as ProfileRecord).session.region },
      ],
      // Read afresh each time (a refresh, a region switch); known in memory, so the first frame lists them.
      rowsNow: () => profileRows(),
      children: () => onePage(profileRows()),
    },
    'root',
    'profiles',
    null,
  );
};
