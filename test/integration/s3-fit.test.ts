// Issue 13's "actions that fit", the data side, against the sandbox over HTTP: marked objects go in
// DeleteObjects batches of 1,000 with per-key errors in the job; a delete's question says whether the
// bucket keeps versions (GetBucketVersioning first); a bucket that refused ListObjectsV2 is offered
// nothing that changes it, per session, until a listing works again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { StoredVersion } from '../../src/sandbox/s3/model';
import { node, type TreeNode } from '../../src/data/tree';
import { s3Bucket, s3Object, s3Prefix } from '../../src/data/s3/nodes';
import { s3Version } from '../../src/data/s3/versionNodes';
import type { AuditEvent } from '../../src/data/actions';
import { availableActions, runAction, type Dialogs } from '../../src/data/actions';
import { runActionOnMany } from '../../src/data/manyActions';
import { JobRegistry } from '../../src/data/jobs';
import { deleteObjectAction, deleteVersionAction } from '../../src/data/s3/deleteAction';
import { refusedWhy } from '../../src/data/s3/denied';
import { copyAction } from '../../src/data/s3/copyAction';
import { launchAction } from '../../src/data/ec2/actions';
import { ec2Instances } from '../../src/data/ec2/nodes';
import type { Session } from '../../src/data/session';
import { collect, ctxOf, sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
const many = new MemoryBucketStore(undefined);
const kept = new MemoryBucketStore('Enabled');
const flaky = new MemoryBucketStore(undefined);
// Versioned once (the version from before), then suspended.
const OLD = new StoredVersion({ key: 's.txt', versionId: 'v-from-before', lastModified: new Date(Date.UTC(2024, 0, 1)) }, Buffer.from('before'));
const suspended = new MemoryBucketStore('Suspended', [OLD]);
const KEYS = Array.from({ length: 1_005 }, (_, i) => `k/${String(i).padStart(4, '0')}`);
const HELD = new Set(['k/0003', 'k/1002']);

before(async () => {
  for (const k of KEYS) many.put(k, { body: Buffer.from('x') });
  for (const k of ['a.txt', 'b.txt']) kept.put(k, { body: Buffer.from(k) });
  for (const k of ['f/one.txt', 'f/two.txt']) flaky.put(k, { body: Buffer.from(k) });
  sandbox = await startSandbox({
    s3Buckets: [
      { account: 'dev', name: 'fit-many', store: many, undeletable: (k) => HELD.has(k) },
      { account: 'dev', name: 'fit-kept', store: kept },
      { account: 'dev', name: 'fit-flaky', store: flaky },
      { account: 'dev', name: 'fit-suspended', store: suspended },
    ],
  });
});
after(() => sandbox?.close());

const count = (op: string, bucket: string) => sandbox.requests.filter((r) => r.op === op && r.bucket === bucket).length;
const objectRow = (bucket: string, key: string) => node(s3Object, key, key, { bucket, entry: { kind: 'object', key, size: 1 }, parent: '' });

function script(answers: boolean[]): Dialogs & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    confirm: async (_t, m) => (asked.push(m), answers.shift() ?? false),
    typeToConfirm: async () => false,
    prompt: async () => undefined,
    pick: async () => undefined,
  };
}

function envOf(session: Session, jobs: JobRegistry, notes: string[]) {
  return { ctx: ctxOf(session), signal: new AbortController().signal, jobs, notify: (t: string) => notes.push(t), refresh() {}, ask: async () => false };
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  for (const until = Date.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, 5))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
  }
}

function finished(jobs: JobRegistry): Promise<void> {
  return new Promise((resolve) => {
    const check = () => jobs.jobs.length > 0 && jobs.jobs.every((j) => j.status !== 'running') && (off(), resolve());
    const off = jobs.subscribe(check);
    check();
  });
}

test('1,005 marked objects: two DeleteObjects, no DeleteObject; per-key refusals are job lines and the counts are true', async () => {
  const session = sandboxSession(sandbox.url);
  const jobs = new JobRegistry();
  const notes: string[] = [];
  const dialogs = script([true]);
  const nodes = KEYS.map((k) => objectRow('fit-many', k));
  const events: AuditEvent[] = [];
  const result = await runActionOnMany(deleteObjectAction, envOf(session, jobs, notes), nodes, dialogs, (e) => events.push(e));
  assert.equal(result.status, 'done');
  assert.match(dialogs.asked[0], /^Delete object 1,005 marked rows: k\/0000, k\/0001, k\/0002 and 1,002 more\? The bucket is not versioned: the delete is permanent\.$/);
  await finished(jobs);
  assert.equal(count('DeleteObjects', 'fit-many'), 2);
  assert.equal(count('DeleteObject', 'fit-many'), 0, 'not one request per key');
  assert.equal(count('GetBucketVersioning', 'fit-many'), 1);
  const left = many.list({ maxKeys: 1000 }).objects.map((o) => o.key);
  assert.deepEqual(left, [...HELD]);
  const [job] = jobs.jobs;
  assert.equal(job.status, 'failed');
  assert.equal(job.done, 1_005);
  assert.equal(job.lines[0], 'Done in 2 batches: 1,003 of 1,005 deleted, 2 failed.');
  assert.deepEqual(job.lines.slice(1), ['✘ k/0003: AccessDenied Access Denied', '✘ k/1002: AccessDenied Access Denied']);
  assert.equal(notes.at(-1), 'Deleted 1,003 of 1,005 objects in s3://fit-many; 2 failed. Tab, then Enter, lists the errors.');
  assert.equal(job.title, 'delete 1,005 objects in s3://fit-many');
  // The audit trail: every key confirmed before anything was sent, and how the batch job really ended.
  assert.equal(events.filter((e) => e.phase === 'confirmed').length, 1_005);
  assert.deepEqual(
    events.filter((e) => e.phase === 'ended').map((e) => [e.target, e.what?.bucket, e.outcome]),
    [['1,005 marked rows', 'fit-many', 'failed: Done in 2 batches: 1,003 of 1,005 deleted, 2 failed.']],
  );
});

test('a marked delete cancelled between batches: the batch in flight finishes, the rest is untouched, and the counts match the bucket', async () => {
  const slowStore = new MemoryBucketStore(undefined);
  const keys = Array.from({ length: 2_500 }, (_, i) => `s/${String(i).padStart(4, '0')}`);
  for (const k of keys) slowStore.put(k, { body: Buffer.from('x') });
  const slow = await startSandbox({ latencyMs: 150, s3Buckets: [{ account: 'dev', name: 'fit-slow', store: slowStore }] });
  try {
    const session = sandboxSession(slow.url);
    session.bucketRegions.set('fit-slow', 'us-east-1');
    const jobs = new JobRegistry();
    const notes: string[] = [];
    await runActionOnMany(deleteObjectAction, envOf(session, jobs, notes), keys.map((k) => objectRow('fit-slow', k)), script([true]));
    const [job] = jobs.jobs;
    // Cancelled once the first batch is in: the second is in flight or about to be sent.
    await new Promise<void>((resolve) => {
      const off = jobs.subscribe(() => (jobs.get(job.id)!.done >= 1_000 ? (off(), resolve()) : undefined));
    });
    jobs.cancel(job.id);
    // The panel says cancelled at once; the job's own end (its summary) comes once the batch in flight is in.
    await waitFor(() => notes.some((n) => n.startsWith('Stopped')), 'the stopped summary');
    const remaining = keys.filter((k) => slowStore.get(k) !== undefined).length;
    const summary = notes.find((n) => n.startsWith('Stopped'))!;
    const m = /^Stopped: deleted ([\d,]+) of 2,500 objects in s3:\/\/fit-slow, ([\d,]+) left untouched\.$/.exec(summary);
    assert.ok(m, summary);
    const deleted = Number(m[1].replace(/,/g, ''));
    assert.ok(deleted === 1_000 || deleted === 2_000, `whole batches only: ${deleted}`);
    assert.equal(remaining, 2_500 - deleted, 'what it says it deleted is what is gone');
    assert.equal(Number(m[2].replace(/,/g, '')), remaining);
    assert.equal(slow.requests.filter((r) => r.op === 'DeleteObjects').length, deleted / 1_000, 'no batch sent after the cancel');
  } finally {
    await slow.close();
  }
});

test('a versioned bucket: the question says the delete only adds a marker; every version stays', async () => {
  const session = sandboxSession(sandbox.url);
  const jobs = new JobRegistry();
  const dialogs = script([true]);
  const notes: string[] = [];
  await runAction(deleteObjectAction, { ...envOf(session, jobs, notes), node: objectRow('fit-kept', 'a.txt') }, dialogs);
  assert.equal(dialogs.asked[0], 'Delete s3://fit-kept/a.txt? The bucket is versioned: this only adds a delete marker; every version stays (V shows them).');
  const a = kept.listVersions({ prefix: 'a.txt', maxKeys: 10 }).versions;
  assert.deepEqual(a.map((v) => v.version.isDeleteMarker), [true, false], 'a marker on top, the version kept');
  // Marked rows: the one confirmation says so too.
  const marked = script([false]);
  await runActionOnMany(deleteObjectAction, envOf(session, jobs, notes), [objectRow('fit-kept', 'b.txt'), objectRow('fit-kept', 'a.txt')], marked);
  assert.match(marked.asked[0], /^Delete object 2 marked rows: b\.txt, a\.txt\? The bucket is versioned: this only adds a delete marker/);
  assert.equal(count('DeleteObjects', 'fit-kept'), 0, 'no: nothing sent');
});

test('marked versions: one DeleteObjects naming each VersionId, for good; the other versions stay', async () => {
  const session = sandboxSession(sandbox.url);
  const jobs = new JobRegistry();
  const notes: string[] = [];
  kept.put('v.txt', { body: Buffer.from('one') });
  kept.put('v.txt', { body: Buffer.from('two') });
  kept.put('v.txt', { body: Buffer.from('three') });
  const all = kept.listVersions({ prefix: 'v.txt', maxKeys: 10 }).versions.map((v) => v.version.versionId!);
  const rows = all.slice(0, 2).map((id) => node(s3Version, `v.txt\u0000${id}`, 'v.txt', { bucket: 'fit-kept', entry: { kind: 'version' as const, key: 'v.txt', versionId: id } }));
  const dialogs = script([true]);
  const before = count('DeleteObjects', 'fit-kept');
  await runActionOnMany(deleteVersionAction, envOf(session, jobs, notes), rows, dialogs);
  assert.match(dialogs.asked[0], /^Delete version 2 marked rows: v\.txt, v\.txt\? Each is deleted for good\.$/);
  await finished(jobs);
  assert.equal(count('DeleteObjects', 'fit-kept') - before, 1);
  assert.deepEqual(kept.listVersions({ prefix: 'v.txt', maxKeys: 10 }).versions.map((v) => v.version.versionId), [all[2]]);
  assert.equal(notes.at(-1), 'Deleted 2 of 2 versions in s3://fit-kept.');
});

test('versioning suspended: the question says so; the null version goes for good, the version from before stays', async () => {
  suspended.put('s.txt', { body: Buffer.from('written while suspended') });
  const dialogs = script([true]);
  await runAction(deleteObjectAction, { ...envOf(sandboxSession(sandbox.url), new JobRegistry(), []), node: objectRow('fit-suspended', 's.txt') }, dialogs);
  assert.equal(
    dialogs.asked[0],
    'Delete s3://fit-suspended/s.txt? Versioning is suspended on this bucket: a delete marker takes the place of the object, and a version written while suspended (the null version) is deleted for good; versions from before stay.',
  );
  const left = suspended.listVersions({ prefix: 's.txt', maxKeys: 10 }).versions.map((v) => [v.version.versionId, v.version.isDeleteMarker]);
  assert.deepEqual(left, [['null', true], [OLD.versionId, false]], 'a null marker on top of the version from before');
});

test('GetBucketVersioning refused: the question says it could not tell, and both outcomes', async () => {
  const dialogs = script([false]);
  const session = sandboxSession(sandbox.url);
  await runAction(deleteObjectAction, { ...envOf(session, new JobRegistry(), []), node: objectRow('dev-private', 'payroll/2024.csv') }, dialogs);
  assert.equal(
    dialogs.asked[0],
    'Delete s3://dev-private/payroll/2024.csv? Whether the bucket is versioned could not be read (AccessDenied): if it is, this adds a delete marker; if not, the delete is permanent.',
  );
});

test('a bucket that refused ListObjectsV2: its changing actions are withheld with the reason', async () => {
  const session = sandboxSession(sandbox.url);
  const bucket = node(s3Bucket, 'dev-private', 'dev-private', { name: 'dev-private', region: 'us-east-1' });
  const offered = () => availableActions(s3Bucket.listActions, bucket, false).map((a) => a.command);
  assert.equal(refusedWhy(bucket), undefined, 'nothing known before it is listed');
  await assert.rejects(collect(s3Bucket.children!(bucket, ctxOf(session), { signal: new AbortController().signal })), /Access Denied/);
  assert.match(refusedWhy(bucket)!, /^this bucket refused ListObjectsV2 \(AccessDenied\): .*\(r lists it again\)$/);
  assert.deepEqual(offered(), ['action.flat', 'action.contentType', 'action.wait'], 'no delete by prefix, no upload');
  // Nor a copy into it from elsewhere: said before anything is sent.
  const notes: string[] = [];
  const copies = count('CopyObject', 'dev-private');
  await runAction(copyAction(false, 's3://dev-private/in/'), { ...envOf(session, new JobRegistry(), notes), node: objectRow('fit-kept', 'b.txt') }, script([true]));
  assert.match(notes.at(-1)!, /^Not copied: s3:\/\/dev-private: this bucket refused ListObjectsV2 \(AccessDenied\)/);
  assert.equal(count('CopyObject', 'dev-private'), copies);
});

/** Between awsnav and the sandbox: while `refuse` is set, ListObjectsV2 answers 403 AccessDenied (a policy changed). */
async function refusingProxy(target: string): Promise<{ url: string; refuse: boolean; code: string; close(): Promise<void> }> {
  const state = { refuse: false, code: 'AccessDenied' };
  const server: Server = createServer((req, res) => {
    const listing = req.method === 'GET' && /[?&]list-type=2/.test(req.url ?? '');
    if (state.refuse && listing) {
      res.writeHead(403, { 'content-type': 'application/xml' });
      return res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${state.code}</Code><Message>Access Denied</Message></Error>`);
    }
    const up = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, { url, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) });
}

test('refused after rows were shown: a refused top listing takes delete and move from the rows of every listing of that bucket (a refused folder does not), in that session only; a listing that works gives them back', async () => {
  const proxy = await refusingProxy(sandbox.url);
  try {
    const session = sandboxSession(proxy.url);
    session.bucketRegions.set('fit-flaky', 'us-east-1');
    const ctx = ctxOf(session);
    const signal = new AbortController().signal;
    const bucket = node(s3Bucket, 'fit-flaky', 'fit-flaky', { name: 'fit-flaky', region: 'us-east-1' });
    const [folder] = (await collect(s3Bucket.children!(bucket, ctx, { signal }))).items;
    const inside = (await collect(s3Prefix.children!(folder, ctx, { signal }))).items;
    const row = inside[0];
    const rowOffered = () => availableActions(s3Object.actions, row, false).map((a) => a.command);
    assert.ok(rowOffered().includes('action.delete') && rowOffered().includes('action.move'));
    proxy.refuse = true;
    // A 403 that is a sign-in problem, not this bucket's policy: nothing is withheld for it.
    proxy.code = 'ExpiredToken';
    await assert.rejects(collect(s3Prefix.children!(folder, ctx, { signal })));
    assert.equal(refusedWhy(row), undefined);
    proxy.code = 'AccessDenied';
    // A folder refused says nothing of the rest of the bucket (a prefix-scoped policy): nothing withheld.
    await assert.rejects(collect(s3Prefix.children!(folder, ctx, { signal })), /Access Denied/);
    assert.equal(refusedWhy(row), undefined);
    // The bucket's own top listing refused: what changes it goes; a plain copy only reads it, and stays.
    await assert.rejects(collect(s3Bucket.children!(bucket, ctx, { signal })), /Access Denied/);
    assert.deepEqual(rowOffered(), ['action.preview', 'action.download', 'action.versions', 'action.presign', 'action.copy']);
    assert.match(refusedWhy(row)!, /refused ListObjectsV2 \(AccessDenied\)/);
    // The folder row in the bucket's own listing, read before: its delete by prefix is withheld too.
    assert.equal(availableActions(s3Prefix.actions, folder, false).some((a) => a.command === 'action.delete'), false);
    // Keyed by session: another session (profile) that reads the bucket fine keeps its actions.
    const other = sandboxSession(sandbox.url);
    other.bucketRegions.set('fit-flaky', 'us-east-1');
    const theirs = node(s3Bucket, 'fit-flaky', 'fit-flaky', { name: 'fit-flaky', region: 'us-east-1' });
    const [theirFolder] = (await collect(s3Bucket.children!(theirs, ctxOf(other), { signal }))).items;
    const [theirRow] = (await collect(s3Prefix.children!(theirFolder, ctxOf(other), { signal }))).items;
    assert.equal(refusedWhy(theirRow), undefined);
    assert.ok(availableActions(s3Object.actions, theirRow, false).some((a) => a.command === 'action.delete'));
    assert.match(refusedWhy(row)!, /refused/, 'still refused in the first session');
    proxy.refuse = false;
    await collect(s3Bucket.children!(bucket, ctx, { signal }));
    assert.equal(refusedWhy(row), undefined, 'listed again: offered again');
    assert.ok(rowOffered().includes('action.delete'));
  } finally {
    await proxy.close();
  }
});

test('the launch question says the whole action: AMI, type, Name and region', () => {
  const region = node(ec2Instances, 'eu-west-1', 'eu-west-1', { region: 'eu-west-1' });
  const question = launchAction.question as (n: TreeNode, input?: Record<string, string>) => string;
  assert.equal(
    question(region, { image: 'ami-0abc', type: 't3.micro', name: ' web-3 ' }),
    'Launch an instance in eu-west-1: AMI ami-0abc, type t3.micro, Name "web-3"? A waiter then watches it until running.',
  );
  assert.equal(question(region), 'Launch an instance in eu-west-1? A waiter then watches it until running.');
});
