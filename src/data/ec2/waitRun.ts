// An instance waiter run: the poll loop as a job, and each poll's view of the instance written back
// into its row on screen (ActionEnv.update → Pager.update), so the state column changes as it happens.
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { AwsRequest } from '../request';
import type { ActionEnv } from '../actions';
import { sanitize } from '../sanitize';
import { startWaiterJob } from '../waiters/job';
import { failureText, instanceWaiter, polledInstance, type InstanceTarget } from '../waiters/instance';
import type { WaiterConfig } from '../waiters/loop';
import { instanceRowPatch } from './rows';

export interface WaitTarget {
  region: string;
  instanceId: string;
  /** The Name tag, for the job's title. */
  name?: string;
}

export function startInstanceWaiter(
  env: Pick<ActionEnv, 'jobs' | 'update'>,
  client: EC2Client,
  t: WaitTarget,
  target: InstanceTarget,
  config: WaiterConfig,
  /** The state change and this waiter as one request, when the job follows one (the code view shows it). */
  request?: AwsRequest,
) {
  return startWaiterJob(env.jobs, {
    request,
    title: `${t.instanceId}${t.name ? ` ${sanitize(t.name)}` : ''} → ${target}`,
    definition: instanceWaiter(client, t.instanceId, target),
    config,
    failure: (observed) => failureText(observed, target),
    onAttempt: (e) => {
      const seen = e.outcome.ok ? polledInstance(e.outcome.output, t.instanceId) : undefined;
      if (seen) env.update?.(instanceRowPatch(t.region, seen));
    },
  });
}
