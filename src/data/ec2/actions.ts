// What can be done to an instance: start, stop, reboot, terminate (type its id), wait for a state; and
// to a region's listing: launch. Every state change starts a waiter run for the state it leads to, so
// the person watches it happen (jobs panel) and the row follows (rows.ts).
import type { ActionEnv, ActionSpec } from '../actions';
import type { TreeNode } from '../tree';
import { needSession } from '../context';
import { sanitize } from '../sanitize';
import { INSTANCE_WAITER_DEFAULTS, type InstanceTarget } from '../waiters/instance';
import { configFrom, instanceWaiterName, waiterInputs } from '../waiters/inputs';
import type { WaiterConfig } from '../waiters/loop';
import type { Session } from '../session';
import { clientConfigOf, type AwsRequest } from '../request';
import { describeInstanceInput, nameOf, type InstanceRecord } from './instances';
import { instanceRowPatch, withState } from './rows';
import { startInstanceWaiter } from './waitRun';
import { launchInputs, launchInstance, launchQuestion } from './launch';
import { seeJobs } from '../jobHints';

const rec = (n: TreeNode) => n.record as InstanceRecord;
const idOf = (n: TreeNode) => rec(n).instance.InstanceId ?? '';
const nameOfNode = (n: TreeNode) => nameOf(rec(n).instance);
const described = (n: TreeNode) => `${idOf(n)}${nameOfNode(n) ? ` (${sanitize(nameOfNode(n)!)})` : ''}`;

export type Op = 'StartInstances' | 'StopInstances' | 'RebootInstances' | 'TerminateInstances';

/** The state change and the waiter after it, as one request value: what is sent, and what the code view shows. */
export function stateChangeRequest(session: Session, r: InstanceRecord, op: Op, target: InstanceTarget, config: WaiterConfig): AwsRequest<{ InstanceIds: string[] }> {
  const id = r.instance.InstanceId ?? '';
  return {
    service: 'ec2',
    operation: op,
    input: { InstanceIds: [id] },
    client: clientConfigOf(session, 'ec2', r.region),
    wait: { waiter: instanceWaiterName(target), input: describeInstanceInput(id), config },
  };
}

async function changeState(env: ActionEnv, op: Op, target: InstanceTarget, verb: string): Promise<void> {
  const r = rec(env.node);
  const session = needSession(env.ctx);
  const client = await session.ec2(r.region);
  const sdk = await import('@aws-sdk/client-ec2');
  const config = configFrom(env.input, INSTANCE_WAITER_DEFAULTS);
  const request = stateChangeRequest(session, r, op, target, config);
  const { input } = request;
  const opts = { abortSignal: env.signal };
  let now: string | undefined;
  if (op === 'StartInstances') now = (await client.send(new sdk.StartInstancesCommand(input), opts)).StartingInstances?.[0]?.CurrentState?.Name;
  if (op === 'StopInstances') now = (await client.send(new sdk.StopInstancesCommand(input), opts)).StoppingInstances?.[0]?.CurrentState?.Name;
  if (op === 'TerminateInstances') now = (await client.send(new sdk.TerminateInstancesCommand(input), opts)).TerminatingInstances?.[0]?.CurrentState?.Name;
  if (op === 'RebootInstances') await client.send(new sdk.RebootInstancesCommand(input), opts);
  // The answer names the state it is in now (stopping…): show it before the first poll.
  if (now) env.update?.(instanceRowPatch(r.region, withState(r, now)));
  startInstanceWaiter(env, client, { region: r.region, instanceId: idOf(env.node), name: nameOfNode(env.node) }, target, config, request);
  env.notify(`${verb} ${described(env.node)}: waiting until ${target} ${seeJobs()}.`, 'ok');
}

// The states each change can start from (EC2 answers IncorrectInstanceState otherwise): an action that
// cannot work is not offered, and the key says why instead of asking Delay, MaxAttempts and y first.
const FROM: Record<Op, string[]> = {
  StartInstances: ['stopped'],
  StopInstances: ['pending', 'running'],
  RebootInstances: ['running'],
  TerminateInstances: ['pending', 'running', 'stopping', 'stopped'],
};

function notFrom(op: Op, label: string) {
  return (n: TreeNode): string | undefined => {
    const state = rec(n).instance.State?.Name;
    return !state || FROM[op].includes(state) ? undefined : `${label.toLowerCase()} needs an instance that is ${FROM[op].join(' or ')}; this one is ${state}`;
  };
}

function stateAction(command: string, label: string, op: Op, target: InstanceTarget, verb: string, extra: Partial<ActionSpec> = {}): ActionSpec {
  return {
    command,
    label,
    mutates: true,
    confirm: 'yes',
    unavailable: notFrom(op, label),
    question: (n) => `${label} ${described(n)}? A waiter then watches it until ${target}.`,
    inputs: waiterInputs(INSTANCE_WAITER_DEFAULTS),
    run: (env) => changeState(env, op, target, verb),
    ...extra,
  };
}

const TARGETS: InstanceTarget[] = ['running', 'stopped', 'terminated'];

/** The state a hand-started waiter most likely wants, first: where the instance is heading. */
function likelyTargets(state: string | undefined): InstanceTarget[] {
  const first: InstanceTarget = state === 'stopping' || state === 'stopped' ? 'stopped' : state === 'shutting-down' || state === 'terminated' ? 'terminated' : 'running';
  return [first, ...TARGETS.filter((t) => t !== first)];
}

export const waitAction: ActionSpec = {
  command: 'action.wait',
  label: 'Wait for a state',
  mutates: false,
  confirm: 'none',
  inputs: [
    {
      id: 'target',
      label: 'Wait until the instance is',
      kind: 'choice',
      choices: async (n) => likelyTargets(rec(n).instance.State?.Name).map((t) => ({ value: t, label: t })),
    },
    ...waiterInputs(INSTANCE_WAITER_DEFAULTS),
  ],
  async run(env) {
    const r = rec(env.node);
    const client = await needSession(env.ctx).ec2(r.region);
    const target = env.input.target as InstanceTarget;
    startInstanceWaiter(env, client, { region: r.region, instanceId: idOf(env.node), name: nameOfNode(env.node) }, target, configFrom(env.input, INSTANCE_WAITER_DEFAULTS));
    env.notify(`Waiting until ${described(env.node)} is ${target} ${seeJobs()}.`);
  },
};

export const instanceActions: ActionSpec[] = [
  stateAction('action.start', 'Start', 'StartInstances', 'running', 'Starting'),
  stateAction('action.stop', 'Stop', 'StopInstances', 'stopped', 'Stopping'),
  stateAction('action.reboot', 'Reboot', 'RebootInstances', 'running', 'Rebooting'),
  stateAction('action.terminate', 'Terminate', 'TerminateInstances', 'terminated', 'Terminating', {
    confirm: 'type',
    confirmText: idOf,
    question: (n) => `Terminate ${described(n)}? It cannot be undone. Type the instance id to confirm.`,
  }),
  waitAction,
];

export const launchAction: ActionSpec = {
  command: 'action.launch',
  label: 'Launch',
  mutates: true,
  confirm: 'yes',
  unavailable: (n) => ((n.record as { region?: string }).region ? undefined : 'open one region to launch into it'),
  // The whole action in the question: what was picked and typed (runFlow passes the inputs).
  question: (n: TreeNode, input?: Record<string, string>) => launchQuestion((n.record as { region: string }).region, input),
  inputs: [...launchInputs, ...waiterInputs(INSTANCE_WAITER_DEFAULTS)],
  async run(env) {
    const region = (env.node.record as { region: string }).region;
    const client = await needSession(env.ctx).ec2(region);
    const made = await launchInstance(client, env.input, env.signal);
    env.refresh();
    for (const i of made) {
      startInstanceWaiter(env, client, { region, instanceId: i.InstanceId!, name: env.input.name }, 'running', configFrom(env.input, INSTANCE_WAITER_DEFAULTS));
    }
    env.notify(`Launched ${made.map((i) => i.InstanceId).join(', ')}: waiting until running ${seeJobs()}.`, 'ok');
    // The audit trail names what the launch created.
    return { created: made.map((i) => i.InstanceId!) };
  },
};
