// Throttling during waiters (issue 6): DescribeInstances answers RequestLimitExceeded (through the
// fault proxy) for a while. The run backs off, says so in the panel, and still reaches running.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeInstancesCommand, StartInstancesCommand } from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { startFaultProxy, type FaultProxy } from '../../src/sandbox/faultProxy';
import { JobRegistry } from '../../src/data/jobs';
import { startInstanceWaiter } from '../../src/data/ec2/waitRun';
import { instanceNode } from '../../src/data/ec2/nodes';
import type { TreeNode } from '../../src/data/tree';
import { sandboxSession } from '../helpers/sessions';
import { waitFor } from '../helpers/ink';

let sandbox: Sandbox;
let proxy: FaultProxy;
before(async () => {
  sandbox = await startSandbox({ ec2TransitionMs: 100 });
  // Only the waiter's polls are throttled; everything else passes.
  proxy = await startFaultProxy({ target: sandbox.url, seed: 3, only: (req) => req.method === 'POST' });
});
after(async () => {
  await proxy?.close();
  await sandbox?.close();
});

test('RequestLimitExceeded while waiting: the run backs off, says so, and still reaches running', async () => {
  const direct = await sandboxSession(sandbox.url, 'dev').ec2('us-east-1');
  const worker = (await direct.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['worker'] }] }))).Reservations![0].Instances![0];
  await direct.send(new StartInstancesCommand({ InstanceIds: [worker.InstanceId!] }));

  // The waiter's client goes through the proxy; one SDK attempt per poll, so each throttle reaches the loop.
  const throttledEc2 = await sandboxSession(proxy.url, 'dev', { maxAttempts: 1 }).ec2('us-east-1');
  proxy.setRates({ slowDown: 1 });
  const jobs = new JobRegistry();
  let row: TreeNode = instanceNode('us-east-1', worker);
  const details: string[] = [];
  const job = startInstanceWaiter(
    { jobs, update: (replace) => (row = replace(row) ?? row) },
    throttledEc2,
    { region: 'us-east-1', instanceId: worker.InstanceId!, name: 'worker' },
    'running',
    { minDelay: 0.02, maxDelay: 0.05, maxAttempts: 5 },
  );
  jobs.subscribe(() => {
    const d = jobs.get(job.id)!.detail;
    if (details[details.length - 1] !== d) details.push(d);
  });
  await waitFor(() => proxy.stats.slowDown >= 4, 'four throttled polls', 10_000);
  // More throttled polls than the run has attempts, and it is still running: they did not count.
  assert.equal(jobs.get(job.id)!.status, 'running');
  assert.ok(details.some((d) => /throttled \(RequestLimitExceeded\), backing off/.test(d)), details.join(' | '));
  const t = sandbox.requests.filter((r) => r.op === 'DescribeInstances').length;
  proxy.setRates({ slowDown: 0.3 });
  await waitFor(() => jobs.get(job.id)!.status !== 'running', 'the run to end', 15_000);
  const end = jobs.get(job.id)!;
  assert.equal(end.status, 'succeeded', `${end.status}: ${end.detail}`);
  assert.equal((row.record as { instance: { State?: { Name?: string } } }).instance.State?.Name, 'running');
  assert.ok(sandbox.requests.filter((r) => r.op === 'DescribeInstances').length > t);
});
