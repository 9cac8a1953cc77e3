// Waiter runs against the sandbox over HTTP, as jobs: success, failure (terminated while waiting for
// running), timeout, and cancel mid-sleep / mid-request with no further poll reaching the sandbox.
// Also the EC2 listings as nodes (server-side filter, all regions fanned out with bounded concurrency)
// and S3's "wait until this object exists" with its offer to jump to the object.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeInstancesCommand, RunInstancesCommand, type EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { JobRegistry, type JobState } from '../../src/data/jobs';
import { startInstanceWaiter } from '../../src/data/ec2/waitRun';
import { ec2Instances, instanceNode } from '../../src/data/ec2/nodes';
import { listAllRegions } from '../../src/data/ec2/allRegions';
import { waitForObjectAction } from '../../src/data/s3/waitForObject';
import { s3Bucket } from '../../src/data/s3/nodes';
import { node, type TreeNode } from '../../src/data/tree';
import type { Session } from '../../src/data/session';
import { sandboxSession, collect, ctxOf } from '../helpers/sessions';
import { waitFor } from '../helpers/ink';

let sandbox: Sandbox;
let slow: Sandbox;
let session: Session;
let ec2: EC2Client;

before(async () => {
  sandbox = await startSandbox({ ec2TransitionMs: 150 });
  slow = await startSandbox({ ec2TransitionMs: 150, latencyMs: 400 });
  session = sandboxSession(sandbox.url, 'dev');
  ec2 = await session.ec2('us-east-1');
});
after(async () => {
  await sandbox?.close();
  await slow?.close();
});

const polls = (s: Sandbox) => s.requests.filter((r) => r.op === 'DescribeInstances').length;
const fast = (maxAttempts = 40) => ({ minDelay: 0.05, maxDelay: 0.05, maxAttempts });

async function byName(client: EC2Client, name: string): Promise<Instance> {
  const out = await client.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: [name] }] }));
  return out.Reservations![0].Instances![0];
}

async function ended(jobs: JobRegistry, id: number): Promise<JobState> {
  await waitFor(() => jobs.get(id)?.status !== 'running', `job ${id} to end`, 10_000);
  return jobs.get(id)!;
}

test('success: a stopped instance started is watched until running; every poll updates its row', async () => {
  const worker = await byName(ec2, 'worker');
  const { StartInstancesCommand } = await import('@aws-sdk/client-ec2');
  await ec2.send(new StartInstancesCommand({ InstanceIds: [worker.InstanceId!] }));
  const jobs = new JobRegistry();
  let row: TreeNode = instanceNode('us-east-1', worker);
  const seen: string[] = [];
  const job = startInstanceWaiter(
    { jobs, update: (replace) => (row = replace(row) ?? row) },
    ec2,
    { region: 'us-east-1', instanceId: worker.InstanceId!, name: 'worker' },
    'running',
    fast(),
  );
  jobs.subscribe(() => {
    const d = jobs.get(job.id)!.detail;
    if (seen[seen.length - 1] !== d) seen.push(d);
  });
  const done = await ended(jobs, job.id);
  assert.equal(done.status, 'succeeded');
  assert.equal(done.total, 40);
  assert.equal(done.unit, 'attempts');
  assert.ok(done.done >= 2, 'pending first, running later');
  assert.ok(seen.includes('last seen: pending'), seen.join(' | '));
  assert.equal((row.record as { instance: Instance }).instance.State?.Name, 'running');
  assert.match(done.detail, /^running after \d+ attempts$/);
});

test('failure: an instance that goes to terminated while waiting for running', async () => {
  const run = await ec2.send(new RunInstancesCommand({ ImageId: 'ami-0badbadbadbad0005', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 }));
  const id = run.Instances![0].InstanceId!;
  const jobs = new JobRegistry();
  const job = startInstanceWaiter({ jobs }, ec2, { region: 'us-east-1', instanceId: id }, 'running', fast());
  const done = await ended(jobs, job.id);
  assert.equal(done.status, 'failed');
  assert.match(done.detail, /went to terminated while waiting for running/);
});

test('timeout: max attempts reached, exactly that many polls sent', async () => {
  const web = await byName(ec2, 'web-1');
  const jobs = new JobRegistry();
  const before = polls(sandbox);
  const job = startInstanceWaiter({ jobs }, ec2, { region: 'us-east-1', instanceId: web.InstanceId! }, 'stopped', fast(3));
  const done = await ended(jobs, job.id);
  assert.equal(done.status, 'timed out');
  assert.equal(done.done, 3);
  assert.match(done.detail, /still running after 3 attempts/);
  assert.equal(polls(sandbox) - before, 3);
});

test('cancel mid-sleep: ends at once, no further poll reaches the sandbox', async () => {
  const web = await byName(ec2, 'web-1');
  const jobs = new JobRegistry();
  const before = polls(sandbox);
  const job = startInstanceWaiter({ jobs }, ec2, { region: 'us-east-1', instanceId: web.InstanceId! }, 'stopped', { minDelay: 0.3, maxDelay: 0.3, maxAttempts: 40 });
  await waitFor(() => jobs.get(job.id)!.done === 1, 'the first poll');
  assert.ok(jobs.get(job.id)!.nextAt! > Date.now(), 'a countdown to the next poll');
  jobs.cancel(job.id);
  assert.equal(jobs.get(job.id)!.status, 'cancelled');
  await new Promise((r) => setTimeout(r, 800)); // more than two delays
  // The first poll, and the one look that brings the row up to date; no waiter poll after the cancel.
  assert.equal(polls(sandbox) - before, 2);
  assert.equal(jobs.get(job.id)!.done, 1, 'the look after the cancel is not an attempt');
  assert.equal(jobs.get(job.id)!.detail, 'cancelled; now running');
});

test('cancel mid-request: the poll in flight is aborted and none follows', async () => {
  const slowEc2 = await sandboxSession(slow.url, 'dev').ec2('us-east-1');
  const web = await byName(slowEc2, 'web-1');
  const jobs = new JobRegistry();
  const before = polls(slow);
  const job = startInstanceWaiter({ jobs }, slowEc2, { region: 'us-east-1', instanceId: web.InstanceId! }, 'stopped', { minDelay: 0.05, maxDelay: 0.05, maxAttempts: 40 });
  await waitFor(() => polls(slow) - before === 1, 'the first poll to reach the sandbox');
  assert.equal(jobs.get(job.id)!.done, 0, 'its answer has not come back yet');
  const t0 = Date.now();
  jobs.cancel(job.id);
  assert.equal(jobs.get(job.id)!.status, 'cancelled');
  await new Promise((r) => setTimeout(r, 1000)); // the latency twice over, plus delays
  // The aborted poll, and the one look after the cancel (its answer updates the row); no waiter poll.
  assert.equal(polls(slow) - before, 2);
  assert.equal(jobs.get(job.id)!.done, 0, 'the aborted answer was never counted');
  // The job ended when it was cancelled, not when the slow answer would have come back.
  assert.ok(jobs.get(job.id)!.endedAt! - t0 < 200, `the job ended ${jobs.get(job.id)!.endedAt! - t0} ms after the cancel`);
});

test('a cancelled waiter looks once more: its row says stopped, not stopping, with no refresh', async () => {
  // A sandbox of its own: the stop takes 400 ms there, and the other tests' instances are untouched.
  const own = await startSandbox({ ec2TransitionMs: 400 });
  try {
    const client = await sandboxSession(own.url, 'dev').ec2('eu-west-1');
    const eu = await byName(client, 'eu-web');
    const { StopInstancesCommand } = await import('@aws-sdk/client-ec2');
    const stopped = await client.send(new StopInstancesCommand({ InstanceIds: [eu.InstanceId!] }));
    const t0 = Date.now();
    assert.equal(stopped.StoppingInstances![0].CurrentState!.Name, 'stopping');
    let row: TreeNode = instanceNode('eu-west-1', { ...eu, State: { Name: 'stopping' } });
    const stateOf = () => (row.record as { instance: Instance }).instance.State?.Name;
    const jobs = new JobRegistry();
    const before = polls(own);
    // A 5 s delay: the instance stops during the sleep after the first poll, which saw it stopping.
    const job = startInstanceWaiter(
      { jobs, update: (replace) => (row = replace(row) ?? row) },
      client,
      { region: 'eu-west-1', instanceId: eu.InstanceId!, name: 'eu-web' },
      'stopped',
      { minDelay: 5, maxDelay: 5, maxAttempts: 40 },
    );
    await waitFor(() => jobs.get(job.id)!.done === 1, 'the first poll');
    assert.equal(stateOf(), 'stopping');
    // The sandbox's clock: by now the instance is stopped there, and only a new look can tell the row.
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + 450 - Date.now())));
    assert.equal(stateOf(), 'stopping', 'the waiter is asleep: nothing has told the row');
    jobs.cancel(job.id);
    await waitFor(() => stateOf() === 'stopped', 'the row to say stopped');
    assert.equal(polls(own) - before, 2, 'the first poll and the one look after the cancel');
    assert.equal(jobs.get(job.id)!.status, 'cancelled');
    assert.equal(jobs.get(job.id)!.detail, 'cancelled; now stopped');
  } finally {
    await own.close();
  }
});

test(':state and :tag filter the listing server-side', async () => {
  const here = node(ec2Instances, 'us-east-1', 'us-east-1', { region: 'us-east-1' });
  const running = ec2Instances.filter!(here, 'state', 'running') as TreeNode;
  const { items } = await collect(running.type.children!(running, ctxOf(session), { signal: new AbortController().signal }));
  assert.ok(items.length > 0);
  assert.ok(items.every((n) => (n.record as { instance: Instance }).instance.State?.Name === 'running'));
  const web = ec2Instances.filter!(running, 'tag', 'Name=web-*') as TreeNode;
  assert.equal(web.type.crumb!(web), 'us-east-1 state=running tag:Name=web-*');
  const webs = await collect(web.type.children!(web, ctxOf(session), { signal: new AbortController().signal }));
  assert.ok(webs.items.length >= 1 && webs.items.every((n) => n.label.includes('web-')));
  assert.match(ec2Instances.filter!(here, 'state', 'sleeping') as string, /not an instance state/);
});

test('all regions: every region listed, a few at a time', async () => {
  // Over the slow sandbox (400 ms a request), counting the requests in flight at once.
  let inFlight = 0;
  let most = 0;
  const slowSession = sandboxSession(slow.url, 'dev');
  const viaSlow = async (region: string) => {
    const real = await slowSession.ec2(region);
    const send = async (cmd: unknown, opts: unknown) => {
      most = Math.max(most, ++inFlight);
      try {
        return await real.send(cmd as never, opts as never);
      } finally {
        inFlight--;
      }
    };
    return { send } as unknown as EC2Client;
  };
  const regions = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1'];
  const { items } = await collect(listAllRegions(viaSlow, async () => regions, undefined, { signal: new AbortController().signal }, 3));
  assert.equal(most, 3, 'three regions at a time, not seven');
  const where = new Set(items.map((i) => i.region));
  assert.ok(where.has('eu-west-1') && where.has('ap-southeast-2') && where.has('us-east-1'));
  // The node itself lists the same, resuming from a cursor after the first page.
  const all = node(ec2Instances, '*', 'all regions', {});
  const pages = await collect(all.type.children!(all, ctxOf(session), { signal: new AbortController().signal }));
  assert.ok(pages.items.length >= 9);
});

test('wait until an object exists: it arrives, and awsnav offers to jump to it', async () => {
  const s3 = await session.s3();
  session.bucketRegions.set('dev-logs', 'us-east-1');
  const bucket = node(s3Bucket, 'dev-logs', 'dev-logs', { name: 'dev-logs', region: 'us-east-1' } as never);
  const jobs = new JobRegistry();
  const offers: string[] = [];
  let opened: TreeNode | undefined;
  await waitForObjectAction.run({
    node: bucket,
    ctx: ctxOf(session),
    input: { key: 'incoming/marketing.csv', delay: '0.05', maxAttempts: '100' },
    signal: new AbortController().signal,
    jobs,
    notify: () => {},
    refresh: () => {},
    ask: async () => true,
    open: (n) => (opened = n),
    offer: (q, accept) => {
      offers.push(q);
      accept();
    },
  });
  const job = jobs.jobs[0];
  assert.equal(job.total, 100);
  await waitFor(() => jobs.get(job.id)!.done >= 2, 'a couple of polls');
  assert.equal(jobs.get(job.id)!.detail, 'last seen: not there yet');
  await s3.send(new PutObjectCommand({ Bucket: 'dev-logs', Key: 'incoming/marketing.csv', Body: 'a,b\n' }));
  const done = await ended(jobs, job.id);
  assert.equal(done.status, 'succeeded');
  assert.match(offers[0], /incoming\/marketing\.csv has arrived/);
  assert.deepEqual(
    { prefix: (opened!.record as { prefix: string }).prefix, from: (opened!.record as { from?: string }).from },
    { prefix: 'incoming/', from: 'incoming/marketing.csv' },
  );
});
