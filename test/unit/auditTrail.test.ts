// The audit trail names what was changed (issue 12): profile, account, region, bucket and key or
// prefix, instance ids, what a launch created, and the outcome — and a log line carries no terminal
// control whatever the names contain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditLine, runAction, type ActionSpec, type AuditEvent, type Dialogs } from '../../src/data/actions';
import { JobRegistry } from '../../src/data/jobs';
import { node, type Ctx, type NodeType } from '../../src/data/tree';
import { hostile } from '../helpers/hostileEndpoint';

const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

const yes: Dialogs = {
  confirm: async () => true,
  typeToConfirm: async () => true,
  prompt: async (_t, _l, initial) => initial,
  pick: async () => undefined,
};
const session = { profile: { name: 'dev' }, region: 'us-east-1', identity: { state: { status: 'ok', account: '111111111111' } } };
const ctx = { session } as unknown as Ctx;
const prefixType: NodeType = { name: 's3.prefix', kind: 'collection' };
const instanceType: NodeType = { name: 'ec2.instance', kind: 'resource' };

async function audited(spec: Partial<ActionSpec>, record: unknown, jobs = new JobRegistry()) {
  const events: AuditEvent[] = [];
  const full: ActionSpec = { command: 'action.delete', label: 'Delete prefix', mutates: true, confirm: 'yes', run: async () => {}, ...spec };
  const n = node(spec.command === 'action.stop' ? instanceType : prefixType, 'id', 'label', record);
  const base = { node: n, ctx, signal: new AbortController().signal, jobs, notify() {}, refresh() {}, ask: async () => true };
  await runAction(full, base, yes, (e) => events.push(e)).catch(() => {});
  return events;
}

test('a delete by prefix names profile, account, region, bucket and prefix, and how it ended', async () => {
  const events = await audited({}, { bucket: 'dev-logs', prefix: '2024/01/02/' });
  assert.deepEqual(events.map((e) => e.phase), ['confirmed', 'done']);
  assert.equal(
    auditLine(events[1]),
    'audit: done: Delete prefix · profile "dev" · account "111111111111" · region "us-east-1" · bucket "dev-logs" · prefix "2024/01/02/" · outcome "done"',
  );
});

test('an instance action names the instance and its region; a launch, the ids it created', async () => {
  const stop = await audited({ command: 'action.stop', label: 'Stop' }, { region: 'eu-west-1', instance: { InstanceId: 'i-0abc' } });
  assert.match(auditLine(stop[0]), /confirmed: Stop · profile "dev" · account "111111111111" · region "eu-west-1" · instances "i-0abc"$/);
  const launch = await audited({ command: 'action.launch', label: 'Launch', run: async () => ({ created: ['i-0new1', 'i-0new2'] }) }, { region: 'us-west-2' });
  assert.match(auditLine(launch[1]), /done: Launch · .*region "us-west-2" · created "i-0new1,i-0new2" · outcome "done"/);
});

test('a failure says what went wrong; a job the run started says how it ended', async () => {
  const failed = await audited({ run: async () => Promise.reject(Object.assign(new Error('no'), { name: 'AccessDenied' })) }, { bucket: 'b', prefix: 'p/' });
  assert.equal(failed[1].phase, 'failed');
  assert.match(auditLine(failed[1]), /outcome "Access denied: the request\."/);

  const jobs = new JobRegistry();
  let finish!: () => void;
  const events = await audited(
    {
      run: async (env) => {
        env.jobs.start('delete s3://b/p/', 'batch delete', 'keys', async (job) => {
          await new Promise<void>((r) => (finish = r));
          job.update({ detail: 'Done in 2 batches: 1,500 objects deleted, 0 failed.' });
          return 'succeeded';
        });
      },
    },
    { bucket: 'b', prefix: 'p/' },
    jobs,
  );
  assert.deepEqual(events.map((e) => e.phase), ['confirmed', 'done']);
  finish();
  await new Promise((r) => setImmediate(r));
  assert.equal(events[2]?.phase, 'ended');
  assert.match(auditLine(events[2]), /ended: Delete prefix · .* · bucket "b" · prefix "p\/" · outcome "succeeded: Done in 2 batches: 1,500 objects deleted, 0 failed\."/);
});

test('names and messages from outside reach the log line escaped', async () => {
  const events = await audited(
    { run: async () => Promise.reject(Object.assign(new Error(hostile('msg')), { name: hostile('Code') })) },
    { bucket: hostile('bkt'), entry: { key: hostile('key'), versionId: hostile('v') } },
  );
  assert.equal(events.length, 2);
  for (const e of events) {
    const line = auditLine(e);
    assert.ok(!RAW.test(line), `raw control in ${JSON.stringify(line)}`);
    assert.match(line, /bucket "bkt.*end" · key "key.*end" · version "v.*end"/);
  }
});
