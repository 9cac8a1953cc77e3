// The sandbox's EC2 over HTTP with the real SDK client: paging counted in instances, filters, state
// changes that take time, and EC2's errors as the SDK parses them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeInstancesCommand, RunInstancesCommand, StopInstancesCommand, StartInstancesCommand, TerminateInstancesCommand,
  RebootInstancesCommand, CreateTagsCommand, DescribeInstanceStatusCommand, DescribeAvailabilityZonesCommand, type EC2Client,
} from '@aws-sdk/client-ec2';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { listInstances } from '../../src/data/ec2/instances';
import { sandboxSession, collect } from '../helpers/sessions';

const DELAY = 80;
let sandbox: Sandbox;
let dev: EC2Client;
let prod: EC2Client;

before(async () => {
  sandbox = await startSandbox({ ec2TransitionMs: DELAY });
  dev = await sandboxSession(sandbox.url, 'dev').ec2('us-west-2');
  prod = await sandboxSession(sandbox.url, 'prod').ec2('eu-west-1');
});
after(() => sandbox?.close());

const instancesOf = (o: { Reservations?: { Instances?: { InstanceId?: string; State?: { Name?: string } }[] }[] }) =>
  (o.Reservations ?? []).flatMap((r) => r.Instances ?? []);

test('DescribeInstances pages by MaxResults counted in instances, splitting a reservation across pages', async () => {
  const run = await dev.send(new RunInstancesCommand({ ImageId: 'ami-0a1b2c3d4e5f60001', InstanceType: 't3.micro', MinCount: 23, MaxCount: 23 }));
  assert.equal(run.Instances?.length, 23);
  const before = sandbox.requests.length;
  const { items, pages } = await collect(listInstances(dev, 'us-west-2', undefined, { signal: new AbortController().signal, pageSize: 5 }));
  assert.equal(pages, 5, '23 instances in pages of 5');
  assert.equal(sandbox.requests.slice(before).filter((r) => r.op === 'DescribeInstances').length, 5);
  assert.equal(new Set(items.map((i) => i.instance.InstanceId)).size, 23);
  assert.deepEqual(items.map((i) => i.instance.InstanceId), run.Instances!.map((i) => i.InstanceId));
  // One request when MaxResults covers them all.
  const one = await collect(listInstances(dev, 'us-west-2', undefined, { signal: new AbortController().signal, pageSize: 1000 }));
  assert.equal(one.pages, 1);
});

test('MaxResults outside 5–1000 and MaxResults with InstanceIds are refused as EC2 refuses them', async () => {
  await assert.rejects(dev.send(new DescribeInstancesCommand({ MaxResults: 4 })), { name: 'InvalidParameterValue' });
  await assert.rejects(dev.send(new DescribeInstancesCommand({ MaxResults: 1001 })), { name: 'InvalidParameterValue' });
  await assert.rejects(dev.send(new DescribeInstancesCommand({ MaxResults: 5, InstanceIds: ['i-0123456789abcdef0'] })), { name: 'InvalidParameterCombination' });
});

test('filters: instance-state-name, tag:KEY, tag-key, instance-type', async () => {
  const f = async (Name: string, Values: string[]) => instancesOf(await prod.send(new DescribeInstancesCommand({ Filters: [{ Name, Values }] })));
  assert.deepEqual((await f('instance-state-name', ['stopped'])).map((i) => i.State?.Name), ['stopped']);
  assert.equal((await f('tag:Name', ['prod-web-*'])).length, 2);
  assert.equal((await f('tag-key', ['Name'])).length, 4);
  assert.equal((await f('instance-type', ['r7i.2xlarge'])).length, 1);
  assert.equal((await f('tag:Name', ['nope'])).length, 0);
});

test('state changes take the transition delay: stopping → stopped, pending → running, shutting-down → terminated', async () => {
  const dev = await sandboxSession(sandbox.url, 'dev').ec2('us-east-1');
  const [web] = instancesOf(await dev.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['web-2'] }] })));
  assert.equal(web.State?.Name, 'running');
  const stop = await dev.send(new StopInstancesCommand({ InstanceIds: [web.InstanceId!] }));
  assert.equal(stop.StoppingInstances?.[0].CurrentState?.Name, 'stopping');
  assert.equal(stop.StoppingInstances?.[0].PreviousState?.Name, 'running');
  const state = async () => instancesOf(await dev.send(new DescribeInstancesCommand({ InstanceIds: [web.InstanceId!] })))[0].State?.Name;
  await new Promise((r) => setTimeout(r, DELAY + 20));
  assert.equal(await state(), 'stopped');
  await assert.rejects(dev.send(new RebootInstancesCommand({ InstanceIds: [web.InstanceId!] })), { name: 'IncorrectInstanceState' });
  assert.equal((await dev.send(new StartInstancesCommand({ InstanceIds: [web.InstanceId!] }))).StartingInstances?.[0].CurrentState?.Name, 'pending');
  await new Promise((r) => setTimeout(r, DELAY + 20));
  assert.equal(await state(), 'running');
  const status = await dev.send(new DescribeInstanceStatusCommand({ InstanceIds: [web.InstanceId!] }));
  assert.equal(status.InstanceStatuses?.[0].InstanceStatus?.Status, 'ok');
  await dev.send(new TerminateInstancesCommand({ InstanceIds: [web.InstanceId!] }));
  assert.equal(await state(), 'shutting-down');
  await new Promise((r) => setTimeout(r, DELAY + 20));
  assert.equal(await state(), 'terminated');
  await assert.rejects(dev.send(new StartInstancesCommand({ InstanceIds: [web.InstanceId!] })), { name: 'IncorrectInstanceState' });
});

test('EC2 errors in its XML format: NotFound, UnauthorizedOperation, InvalidAMIID.NotFound, DryRunOperation', async () => {
  await assert.rejects(dev.send(new StopInstancesCommand({ InstanceIds: ['i-0123456789abcdef0'] })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
    assert.equal(e.name, 'InvalidInstanceID.NotFound');
    assert.match(e.message, /i-0123456789abcdef0/);
    assert.equal(e.$metadata.httpStatusCode, 400);
    return true;
  });
  const db = instancesOf(await prod.send(new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['prod-db'] }] })))[0];
  await assert.rejects(prod.send(new StopInstancesCommand({ InstanceIds: [db.InstanceId!] })), { name: 'UnauthorizedOperation' });
  await assert.rejects(dev.send(new RunInstancesCommand({ ImageId: 'ami-00000000000000000', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 })), { name: 'InvalidAMIID.NotFound' });
  await assert.rejects(dev.send(new RunInstancesCommand({ ImageId: 'ami-0a1b2c3d4e5f60001', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, DryRun: true })), { name: 'DryRunOperation' });
});

test('RunInstances tags from TagSpecifications; CreateTags adds more; zones per region', async () => {
  const run = await dev.send(
    new RunInstancesCommand({ ImageId: 'ami-0a1b2c3d4e5f60002', InstanceType: 't3.small', MinCount: 1, MaxCount: 1, TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'tagged' }] }] }),
  );
  const id = run.Instances![0].InstanceId!;
  await dev.send(new CreateTagsCommand({ Resources: [id], Tags: [{ Key: 'team', Value: 'data' }] }));
  const [i] = instancesOf(await dev.send(new DescribeInstancesCommand({ InstanceIds: [id] }))) as { Tags?: { Key?: string; Value?: string }[] }[];
  assert.deepEqual(i.Tags, [{ Key: 'Name', Value: 'tagged' }, { Key: 'team', Value: 'data' }]);
  const zones = await dev.send(new DescribeAvailabilityZonesCommand({}));
  assert.deepEqual(zones.AvailabilityZones?.map((z) => z.ZoneName), ['us-west-2a', 'us-west-2b', 'us-west-2c']);
});

test('each account has its own instances', async () => {
  const devEu = await sandboxSession(sandbox.url, 'dev').ec2('eu-west-1');
  const names = async (c: EC2Client) =>
    instancesOf(await c.send(new DescribeInstancesCommand({}))).map((i) => (i as { Tags?: { Key?: string; Value?: string }[] }).Tags?.find((t) => t.Key === 'Name')?.Value);
  assert.deepEqual(await names(devEu), ['eu-web', 'eu-reports']);
  assert.ok((await names(prod)).includes('prod-db'));
});
