// The calls that change instances: Start/Stop/Reboot/Terminate, RunInstances, CreateTags. Each answers
// at once with the state the instance is now in; the rest of the change happens after the delay.
import { AwsError } from '../errors.js';
import { el } from '../xml.js';
import { IMAGES, INSTANCE_TYPES } from './demo.js';
import { newId, privateIpFor, transition, type InstanceStateName, type SandboxInstance } from './model.js';
import { bool, int, list, tags } from './params.js';
import { reservationXml, set, stateXml } from './render.js';

export interface RegionWorld {
  instances: SandboxInstance[];
  region: string;
  ownerId: string;
  transitionMs: number;
  now(): number;
}

function dryRun(form: URLSearchParams): void {
  if (bool(form, 'DryRun')) throw new AwsError(412, 'DryRunOperation', 'Request would have succeeded, but DryRun flag is set.');
}

function targets(w: RegionWorld, form: URLSearchParams): SandboxInstance[] {
  const ids = list(form, 'InstanceId');
  if (!ids.length) throw new AwsError(400, 'MissingParameter', 'The request must contain the parameter InstanceId');
  const missing = ids.filter((id) => !w.instances.some((i) => i.instanceId === id));
  if (missing.length) throw new AwsError(400, 'InvalidInstanceID.NotFound', `The instance ID '${missing.join(', ')}' does not exist`);
  return ids.map((id) => w.instances.find((i) => i.instanceId === id)!);
}

function refuse(i: SandboxInstance, op: string): never {
  throw new AwsError(400, 'IncorrectInstanceState', `The instance '${i.instanceId}' is not in a state from which it can be ${op}.`);
}

const changeXml = (items: { i: SandboxInstance; before: InstanceStateName }[]) =>
  set('instancesSet', items.map(({ i, before }) => el('instanceId', i.instanceId) + stateXml('currentState', i.state) + stateXml('previousState', before)));

type Change = (i: SandboxInstance, w: RegionWorld) => void;

const CHANGES: Record<string, Change> = {
  StartInstances: (i, w) => {
    if (i.state === 'running' || i.state === 'pending') return;
    if (i.state !== 'stopped') refuse(i, 'started');
    i.reason = undefined;
    transition(i, 'pending', 'running', w.now(), w.transitionMs);
  },
  StopInstances: (i, w) => {
    if (i.state === 'stopped' || i.state === 'stopping') return;
    if (i.state !== 'running') refuse(i, 'stopped');
    i.reason = { code: 'Client.UserInitiatedShutdown', message: 'User initiated (StopInstances)' };
    transition(i, 'stopping', 'stopped', w.now(), w.transitionMs);
  },
  TerminateInstances: (i, w) => {
    if (i.state === 'terminated' || i.state === 'shutting-down') return;
    i.reason = { code: 'Client.UserInitiatedShutdown', message: 'Client.UserInitiatedShutdown: User initiated shutdown' };
    transition(i, 'shutting-down', 'terminated', w.now(), w.transitionMs);
  },
};

export function changeState(action: string, w: RegionWorld, form: URLSearchParams): string {
  const found = targets(w, form);
  const locked = found.find((i) => i.locked);
  if (locked) throw new AwsError(403, 'UnauthorizedOperation', `You are not authorized to perform this operation. (${locked.instanceId} is locked in the sandbox.)`);
  if (action === 'RebootInstances') {
    const bad = found.find((i) => i.state !== 'running');
    if (bad) refuse(bad, 'rebooted');
    dryRun(form);
    return el('return', true);
  }
  const change = CHANGES[action];
  // All or nothing: a refused instance changes none of them (tried on copies first).
  for (const i of found) change({ ...i }, w);
  dryRun(form);
  const items = found.map((i) => {
    const before = i.state;
    change(i, w);
    return { i, before };
  });
  return changeXml(items);
}

export function runInstances(w: RegionWorld, form: URLSearchParams): string {
  const imageId = form.get('ImageId') ?? '';
  const image = IMAGES.find((img) => img.imageId === imageId);
  if (!imageId) throw new AwsError(400, 'MissingParameter', 'The request must contain the parameter ImageId');
  if (!image) throw new AwsError(400, 'InvalidAMIID.NotFound', `The image id '[${imageId}]' does not exist`);
  const type = form.get('InstanceType') ?? 'm1.small';
  if (!INSTANCE_TYPES.includes(type)) throw new AwsError(400, 'InvalidParameterValue', `Invalid value '${type}' for InstanceType.`);
  const min = int(form, 'MinCount') ?? 1;
  const max = int(form, 'MaxCount') ?? min;
  if (min < 1 || max < min) throw new AwsError(400, 'InvalidParameterValue', 'MinCount must be at least 1 and no more than MaxCount.');
  if (max > 1000) throw new AwsError(400, 'InstanceLimitExceeded', 'You have requested more instances than your current instance limit of 1000 allows.');
  const instanceTags = tagSpecs(form);
  dryRun(form);
  const reservationId = newId('r');
  const now = w.now();
  const made: SandboxInstance[] = [];
  for (let n = 0; n < max; n++) {
    const seq = w.instances.length;
    const i: SandboxInstance = {
      instanceId: newId('i'),
      reservationId,
      imageId,
      instanceType: type,
      az: `${w.region}${'abc'[seq % 3]}`,
      privateIp: privateIpFor(seq + 20),
      launchTime: new Date(now),
      tags: new Map(instanceTags),
      state: 'pending',
      failsOnLaunch: image.fails,
    };
    i.next = { state: image.fails ? 'terminated' : 'running', at: now + w.transitionMs };
    w.instances.push(i);
    made.push(i);
  }
  // RunInstances answers with the reservation itself, not a reservationSet.
  return reservationXml(made, w.ownerId, w.region);
}

function tagSpecs(form: URLSearchParams): [string, string][] {
  const out: [string, string][] = [];
  for (let n = 1; form.has(`TagSpecification.${n}.ResourceType`); n++) {
    const type = form.get(`TagSpecification.${n}.ResourceType`);
    if (type !== 'instance') continue;
    out.push(...tags(form, `TagSpecification.${n}.Tag`));
  }
  return out;
}

export function createTags(w: RegionWorld, form: URLSearchParams): string {
  const ids = list(form, 'ResourceId');
  const pairs = tags(form, 'Tag');
  const found = ids.map((id) => {
    const i = w.instances.find((x) => x.instanceId === id);
    if (!i) throw new AwsError(400, 'InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`);
    return i;
  });
  dryRun(form);
  for (const i of found) for (const [k, v] of pairs) i.tags.set(k, v);
  return el('return', true);
}
