// The workflow's actions as the browser runs them (runAction with scripted dialogs, a real job
// registry, the sandbox over HTTP): upload asks before replacing (one HeadObject) and runs as a job with
// bytes and a total; `:upload`/`:cp`/`:presign` run the same specs with the value preset; read-only
// offers presign and nothing else of this.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { s3Object, s3Prefix } from '../../src/data/s3/nodes';
import { s3Version } from '../../src/data/s3/versionNodes';
import { availableActions, runAction, type ActionSpec, type Dialogs } from '../../src/data/actions';
import { JobRegistry } from '../../src/data/jobs';
import { runLine, type CommandApi } from '../../src/hooks/commands';
import { chunk } from '../../src/data/s3/presignAction';
import { parseDuration } from '../../src/data/s3/presign';
import { parseDestination } from '../../src/data/s3/copy';
import { listTree } from '../../src/data/s3/uploadTree';
import type { Session } from '../../src/data/session';
import { ctxOf, sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
let session: Session;
let client: S3Client;
const dir = mkdtempSync(join(tmpdir(), 'awsnav-wf-actions-'));
const signal = () => new AbortController().signal;

before(async () => {
  sandbox = await startSandbox({ s3Buckets: [{ account: 'dev', name: 'wa', store: new MemoryBucketStore(undefined) }] });
  session = sandboxSession(sandbox.url);
  client = await session.s3();
});
after(async () => {
  await sandbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (op: string) => sandbox.requests.filter((r) => r.op === op && r.bucket === 'wa').length;
const here = () => node(s3Prefix, 'in/', 'in/', { bucket: 'wa', prefix: 'in/' });
const objectRow = (key: string, size: number) => node(s3Object, key, key.slice(3), { bucket: 'wa', entry: { kind: 'object', key, size }, parent: 'in/' });

function script(answers: boolean[], prompts: string[] = []): Dialogs & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    confirm: async (_t, m) => (asked.push(m), answers.shift() ?? false),
    typeToConfirm: async () => false,
    prompt: async (_t, label) => (asked.push(label), prompts.shift()),
    pick: async () => undefined,
  };
}

function finished(jobs: JobRegistry): Promise<void> {
  return new Promise((resolve) => {
    const check = () => jobs.jobs.length > 0 && jobs.jobs.every((j) => j.status !== 'running') && (off(), resolve());
    const off = jobs.subscribe(check);
    check();
  });
}

function base(target: TreeNode, jobs: JobRegistry, notes: string[], dialogs: Dialogs) {
  return { node: target, ctx: ctxOf(session), signal: signal(), jobs, notify: (t: string) => notes.push(t), refresh() {}, ask: (q: string) => dialogs.confirm('', q), show: (t: string, lines: string[]) => notes.push(t, ...lines) };
}

async function read(key: string): Promise<string> {
  return (await (await client.send(new GetObjectCommand({ Bucket: 'wa', Key: key }))).Body!.transformToString());
}

test('u: the path is asked, a replacement is asked about (one HeadObject), "no" sends nothing', async () => {
  const upload = s3Prefix.listActions!.find((a) => a.command === 'action.upload')!;
  const path = join(dir, 'report.csv');
  writeFileSync(path, 'new,bytes\n');
  await client.send(new PutObjectCommand({ Bucket: 'wa', Key: 'in/report.csv', Body: 'old' }));
  const jobs = new JobRegistry();
  const notes: string[] = [];
  const heads = count('HeadObject');
  const puts = count('PutObject');

  const no = script([true, false], [path]);
  await runAction(upload, base(here(), jobs, notes, no), no);
  assert.equal(count('HeadObject'), heads + 1);
  assert.match(no.asked.at(-1)!, /REPLACES the object there/);
  assert.equal(count('PutObject'), puts);
  assert.equal(await read('in/report.csv'), 'old');

  const yes = script([true, true], [path]);
  await runAction(upload, base(here(), jobs, notes, yes), yes);
  await finished(jobs);
  const job = jobs.jobs[0];
  assert.deepEqual([job.status, job.unit, job.done, job.total], ['succeeded', 'bytes', 10, 10]);
  assert.equal(await read('in/report.csv'), 'new,bytes\n');
});

test(':upload PATH of a folder says in its confirmation how many files and what they replace', async () => {
  const root = join(dir, 'batch');
  mkdirSync(join(root, 'sub'), { recursive: true });
  writeFileSync(join(root, 'a.txt'), 'a');
  writeFileSync(join(root, 'sub', 'b c.txt'), 'b');
  await client.send(new PutObjectCommand({ Bucket: 'wa', Key: 'in/batch/a.txt', Body: 'old a' }));
  const jobs = new JobRegistry();
  const notes: string[] = [];
  const dialogs = script([true]);
  const api: CommandApi = {
    getState: () => ({ stack: [{ node: here(), ctx: ctxOf(session) }] }) as never,
    dispatch() {},
    notify: (t) => notes.push(t),
    exit() {},
    selected: undefined,
    actions: availableActions(s3Prefix.listActions, here(), false),
    runAction: (spec, n, ctx) => void runAction(spec, { ...base(n, jobs, notes, dialogs), ctx }, dialogs),
  };
  await runLine(api, `:upload ${root}`.slice(1));
  await finished(jobs);
  assert.match(dialogs.asked[0], /2 files, 2 B\) to s3:\/\/wa\/in\/batch\/\? 1 of them REPLACE/);
  assert.equal(jobs.jobs[0].status, 'succeeded');
  assert.match(jobs.jobs[0].lines[0], /^Done: 2 files/);
  assert.equal(await read('in/batch/sub/b c.txt'), 'b');
  assert.equal(await read('in/batch/a.txt'), 'a');
});

test('u on a folder asks again with its count; the root, the home folder and huge trees are refused before anything is sent', async () => {
  const upload = s3Prefix.listActions!.find((a) => a.command === 'action.upload')!;
  const root = join(dir, 'again');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'one.txt'), '1');
  const jobs = new JobRegistry();
  const notes: string[] = [];
  const puts = count('PutObject');
  const no = script([true, false], [root]);
  await runAction(upload, base(here(), jobs, notes, no), no);
  assert.match(no.asked.at(-1)!, /Upload the folder .*again \(1 files, 1 B\) to s3:\/\/wa\/in\/again\/\?/);
  assert.equal(notes.at(-1), 'Not uploaded.');
  for (const path of ['/', homedir()]) {
    const d = script([true, true], [path]);
    await assert.rejects(runAction(upload, base(here(), jobs, notes, d), d), /whole (file system|home folder)/);
  }
  await assert.rejects(listTree(dir, undefined, 2), /more than 2 files/);
  assert.equal(count('PutObject'), puts);
  assert.equal(jobs.jobs.length, 0);
});

test(':cp and :presign act on the selected row; read-only offers presign only', async () => {
  await client.send(new PutObjectCommand({ Bucket: 'wa', Key: 'in/x.txt', Body: 'xx' }));
  const row = objectRow('in/x.txt', 2);
  const jobs = new JobRegistry();
  const notes: string[] = [];
  const dialogs = script([true]);
  let pending: Promise<unknown> = Promise.resolve();
  const api = (readonly: boolean): CommandApi => ({
    getState: () => ({ stack: [{ node: here(), ctx: ctxOf(session) }] }) as never,
    dispatch() {},
    notify: (t) => notes.push(t),
    exit() {},
    selected: row,
    actions: [...availableActions(s3Object.actions, row, readonly), ...availableActions(s3Prefix.listActions, here(), readonly)],
    runAction: (spec, n, ctx) => void (pending = runAction(spec, { ...base(n, jobs, notes, dialogs), ctx }, dialogs)),
  });
  await runLine(api(false), 'cp copies/');
  await finished(jobs);
  assert.equal(await read('in/copies/x.txt'), 'xx');

  const ro = api(true);
  const offered = (specs: ActionSpec[] | undefined, n: TreeNode) => availableActions(specs, n, true).map((a) => a.command);
  assert.deepEqual(offered(s3Object.actions, row).filter((c) => /upload|presign|copy|move|restore/.test(c)), ['action.presign']);
  assert.ok(!offered(s3Prefix.listActions, here()).includes('action.upload'));
  const version = node(s3Version, 'v', 'x.txt', { bucket: 'wa', entry: { kind: 'version', key: 'in/x.txt', versionId: 'abc', isLatest: false } });
  assert.deepEqual(offered(s3Version.actions, version).filter((c) => /presign|restore/.test(c)), ['action.presign']);
  await runLine(ro, 'mv elsewhere/');
  assert.match(notes.at(-1)!, /not offered here/);
  await runLine(ro, 'presign 10m');
  await pending;
  const url = notes.find((n) => n.startsWith('http'))!;
  const lines = notes.slice(notes.indexOf(url));
  const full = lines.slice(0, lines.indexOf('')).join('');
  assert.equal(await (await fetch(full)).text(), 'xx');
  assert.match(notes.join('\n'), /Valid for 10m/);
});

test('durations, destinations and chunking', () => {
  assert.deepEqual(['1h', '30m', '7d', '1h30m', '90', '8d', '0s', 'soon'].map(parseDuration).map((d) => (typeof d === 'number' ? d : 'x')), [3600, 1800, 604800, 5400, 90, 'x', 'x', 'x']);
  const h = { bucket: 'b', prefix: 'in/' };
  assert.deepEqual(parseDestination('s3://o/p/', h, 1), { bucket: 'o', prefix: 'p/' });
  assert.deepEqual(parseDestination('/top/', h, 1), { bucket: 'b', prefix: 'top/' });
  assert.deepEqual(parseDestination('sub/', h, 1), { bucket: 'b', prefix: 'in/sub/' });
  assert.deepEqual(parseDestination('renamed.txt', h, 1), { bucket: 'b', prefix: '', exact: 'in/renamed.txt' });
  assert.deepEqual(parseDestination('many', h, 3), { bucket: 'b', prefix: 'in/many/' });
  assert.deepEqual(parseDestination('s3://o', h, 1), { bucket: 'o', prefix: '' });
  assert.deepEqual(chunk('abcdefg', 3), ['abc', 'def', 'g']);
});
