// Demo data: a handful of AMIs, the regions the sandbox answers for, and per account instances in
// several regions and states, with Name tags (one hostile, to show the sanitiser at work).
import type { InstanceStateName, SandboxImage, SandboxInstance } from './model.js';
import { newId, privateIpFor } from './model.js';

export const REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1'];

export const IMAGES: SandboxImage[] = [
  { imageId: 'ami-0a1b2c3d4e5f60001', name: 'al2023-ami-2023.6-x86_64', description: 'Amazon Linux 2023 AMI', platform: 'Linux/UNIX' },
  { imageId: 'ami-0a1b2c3d4e5f60002', name: 'ubuntu-noble-24.04-amd64-server', description: 'Canonical, Ubuntu, 24.04 LTS', platform: 'Linux/UNIX' },
  { imageId: 'ami-0a1b2c3d4e5f60003', name: 'debian-12-amd64', description: 'Debian 12 (bookworm)', platform: 'Linux/UNIX' },
  { imageId: 'ami-0a1b2c3d4e5f60004', name: 'Windows_Server-2022-English-Full-Base', description: 'Microsoft Windows Server 2022', platform: 'Windows' },
  {
    imageId: 'ami-0badbadbadbad0005',
    name: 'demo-broken-launch',
    description: 'Sandbox demo: instances from this image fail to launch (pending → terminated)',
    platform: 'Linux/UNIX',
    fails: true,
  },
];

export const INSTANCE_TYPES = ['t3.nano', 't3.micro', 't3.small', 't3.medium', 'm7i.large', 'c7i.xlarge', 'r7i.2xlarge'];

interface Seed {
  name: string;
  state: InstanceStateName;
  type?: string;
  locked?: boolean;
}

const SEEDS: Record<'dev' | 'prod', Record<string, Seed[]>> = {
  dev: {
    'us-east-1': [
      { name: 'web-1', state: 'running', type: 't3.small' },
      { name: 'web-2', state: 'running', type: 't3.small' },
      { name: 'worker', state: 'stopped', type: 'c7i.xlarge' },
      { name: 'batch-runner', state: 'pending', type: 'm7i.large' },
      { name: 'old-bastion', state: 'terminated', type: 't3.nano' },
      { name: 'ci-\u001b]0;pwned\u0007agent', state: 'running', type: 't3.medium' },
    ],
    'eu-west-1': [
      { name: 'eu-web', state: 'running', type: 't3.micro' },
      { name: 'eu-reports', state: 'stopped', type: 'r7i.2xlarge' },
    ],
    'ap-southeast-2': [{ name: 'syd-cache', state: 'running', type: 't3.micro' }],
  },
  prod: {
    'eu-west-1': [
      { name: 'prod-web-a', state: 'running', type: 'm7i.large' },
      { name: 'prod-web-b', state: 'running', type: 'm7i.large' },
      { name: 'prod-db', state: 'running', type: 'r7i.2xlarge', locked: true },
      { name: 'prod-etl', state: 'stopped', type: 'c7i.xlarge' },
    ],
    'us-east-1': [
      { name: 'prod-edge', state: 'running', type: 't3.medium' },
      { name: 'prod-canary', state: 'stopping', type: 't3.micro' },
    ],
    'us-west-2': [{ name: 'prod-dr', state: 'stopped', type: 'm7i.large' }],
  },
};

const LAUNCHED = Date.parse('2024-03-01T09:00:00Z');

/** The demo instances of one account in one region, freshly made (each sandbox has its own). */
export function demoInstances(account: 'dev' | 'prod', region: string, now: number, transitionMs: number): SandboxInstance[] {
  const seeds = SEEDS[account][region] ?? [];
  return seeds.map((s, n) => {
    const i: SandboxInstance = {
      instanceId: newId('i'),
      reservationId: newId('r'),
      imageId: IMAGES[n % 3].imageId,
      instanceType: s.type ?? 't3.micro',
      az: `${region}${'abc'[n % 3]}`,
      privateIp: privateIpFor(n + (account === 'prod' ? 100 : 0)),
      launchTime: new Date(LAUNCHED + n * 86_400_000 * 7),
      tags: new Map([['Name', s.name], ['env', account]]),
      state: s.state,
      locked: s.locked,
    };
    // Demo instances caught mid-change finish it a little after the sandbox starts.
    if (s.state === 'pending') i.next = { state: 'running', at: now + transitionMs };
    if (s.state === 'stopping') i.next = { state: 'stopped', at: now + transitionMs };
    if (s.state === 'running') i.publicIp = `3.${80 + n}.${account === 'dev' ? 10 : 20}.${10 + n}`;
    if (s.state === 'terminated') i.reason = { code: 'Client.UserInitiatedShutdown', message: 'Client.UserInitiatedShutdown: User initiated shutdown' };
    return i;
  });
}
