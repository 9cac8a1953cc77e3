// The EC2 world of one sandbox: per account, per region, instances that change state over time.
// Transitions are lazy (worked out from the clock whenever an instance is read), so no timer runs and
// a closed sandbox leaves nothing behind. pending → running, stopping → stopped, shutting-down →
// terminated each take `transitionMs`.

export type InstanceStateName = 'pending' | 'running' | 'shutting-down' | 'terminated' | 'stopping' | 'stopped';

/** EC2's numeric state codes (the low byte of instanceState/code). */
export const STATE_CODES: Record<InstanceStateName, number> = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80,
};

export interface SandboxInstance {
  instanceId: string;
  reservationId: string;
  imageId: string;
  instanceType: string;
  az: string;
  privateIp: string;
  /** Only while running (a stopped instance loses its public address, as on AWS). */
  publicIp?: string;
  launchTime: Date;
  tags: Map<string, string>;
  state: InstanceStateName;
  /** The state this one turns into, and when. */
  next?: { state: InstanceStateName; at: number };
  /** Why it last changed state (stateReason / stateTransitionReason). */
  reason?: { code: string; message: string };
  /** Launched from a demo AMI that fails: pending → terminated instead of running. */
  failsOnLaunch?: boolean;
  /** State changes are refused with UnauthorizedOperation (a demo of a locked instance). */
  locked?: boolean;
}

export interface SandboxImage {
  imageId: string;
  name: string;
  description: string;
  platform: string;
  /** Instances launched from it never reach running (a demo of a failed launch). */
  fails?: boolean;
}

/** Brings an instance up to date with the clock: any transition that is due has happened. */
export function settle(i: SandboxInstance, now: number): SandboxInstance {
  while (i.next && now >= i.next.at) {
    i.state = i.next.state;
    i.next = undefined;
    if (i.state === 'running') i.publicIp ??= publicIpFor(i.instanceId);
    if (i.state === 'stopped' || i.state === 'terminated') i.publicIp = undefined;
    // A failed launch goes pending → terminated, with the reason AWS gives for it.
    if (i.state === 'terminated' && i.failsOnLaunch && !i.reason) {
      i.reason = { code: 'Server.InternalError', message: 'Server.InternalError: Internal error on launch' };
    }
  }
  return i;
}

/** Starts a transition: the instance is in `now` at once and in `then` after the delay. */
export function transition(i: SandboxInstance, nowState: InstanceStateName, then: InstanceStateName, now: number, transitionMs: number) {
  i.state = nowState;
  i.next = { state: then, at: now + transitionMs };
}

function publicIpFor(id: string): string {
  let h = 0;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `54.${(h >> 16) & 0xff}.${(h >> 8) & 0xff}.${(h & 0xfe) + 1}`;
}

let counter = 0;
/** i- followed by 17 hex digits, like a real instance id; unique within the process. */
export function newId(prefix: 'i' | 'r'): string {
  counter++;
  const rand = Math.floor(Math.random() * 0xfffffff).toString(16).padStart(7, '0');
  return `${prefix}-0${rand}${counter.toString(16).padStart(9, '0')}`;
}

export function privateIpFor(n: number): string {
  return `10.0.${(n >> 8) & 0xff}.${(n & 0xff) + 4}`;
}
