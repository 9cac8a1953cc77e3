// EC2's instance waiters (InstanceRunning / InstanceStopped / InstanceTerminated), acceptor for
// acceptor as in the EC2 service model the SDK's waitUntilInstance* are generated from.
import type { EC2Client, DescribeInstancesCommandOutput, Instance } from '@aws-sdk/client-ec2';
import type { Acceptor } from './acceptors';
import { errorName } from './acceptors';
import type { WaiterConfig, WaiterDefinition } from './loop';

export type InstanceTarget = 'running' | 'stopped' | 'terminated';

const states = (o: DescribeInstancesCommandOutput): unknown[] =>
  (o.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((i) => i.State!.Name);

const all = (expected: string): Acceptor<DescribeInstancesCommandOutput> => ({ state: 'success', matcher: 'pathAll', path: states, expected });
const fail = (expected: string): Acceptor<DescribeInstancesCommandOutput> => ({ state: 'failure', matcher: 'pathAny', path: states, expected });

export const INSTANCE_ACCEPTORS: Record<InstanceTarget, Acceptor<DescribeInstancesCommandOutput>[]> = {
  running: [
    all('running'),
    fail('shutting-down'),
    fail('terminated'),
    fail('stopping'),
    // Just after RunInstances the new id may not be visible yet (eventual consistency).
    { state: 'retry', matcher: 'error', expected: 'InvalidInstanceID.NotFound' },
  ],
  stopped: [all('stopped'), fail('pending'), fail('terminated')],
  terminated: [all('terminated'), fail('pending'), fail('stopping')],
};

/** boto3's WaiterConfig defaults for the instance waiters: Delay 15 s, MaxAttempts 40. */
export const INSTANCE_WAITER_DEFAULTS = { delay: 15, maxAttempts: 40 };

export function instanceWaiter(
  client: EC2Client,
  instanceId: string,
  target: InstanceTarget,
): WaiterDefinition<DescribeInstancesCommandOutput> {
  return {
    name: `instance ${target}`,
    async poll(signal) {
      const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
      return client.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }), { abortSignal: signal });
    },
    acceptors: INSTANCE_ACCEPTORS[target],
    observe: (o) => (o.ok ? states(o.output).join(', ') || 'not listed' : errorName(o.error)),
  };
}

/** The instance a poll saw, for updating its row on screen. */
export function polledInstance(o: DescribeInstancesCommandOutput, instanceId: string): Instance | undefined {
  return (o.Reservations ?? []).flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId === instanceId);
}

/** What the failure means, in words: "went to terminated while waiting for running". */
export function failureText(observed: string, target: InstanceTarget): string {
  return `went to ${observed} while waiting for ${target}`;
}

export type { WaiterConfig };
