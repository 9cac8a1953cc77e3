// :export against the sandbox: the dev-logs bucket's 53,002 keys, flat, written as CSV, JSON Lines and
// JSON — every key once, in S3's order, the CSV's size exactly what the rows make — and a cancelled or
// failed export leaves nothing under the final name (nor its temporary file).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { s3Prefix } from '../../src/data/s3/nodes';
import { compareKeys } from '../../src/data/s3/objects';
import { exportListing, partialName, startExport } from '../../src/data/export';
import { JobRegistry } from '../../src/data/jobs';
import type { Session } from '../../src/data/session';
import { ctxOf, sandboxSession } from '../helpers/sessions';
import { waitFor } from '../helpers/ink';

let sandbox: Sandbox;
let slow: Sandbox;
let session: Session;
let dir: string;
/** The bucket as the bare SDK paginator lists it: the reference the exports are held to. */
let reference: { Key?: string; Size?: number; LastModified?: Date; ETag?: string; StorageClass?: string }[] = [];

before(async () => {
  sandbox = await startSandbox();
  slow = await startSandbox({ latencyMs: 40 });
  session = sandboxSession(sandbox.url);
  dir = mkdtempSync(join(tmpdir(), 'awsnav-export-'));
  for await (const page of paginateListObjectsV2({ client: await session.s3() }, { Bucket: 'dev-logs' })) reference.push(...(page.Contents ?? []));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sandbox?.close();
  await slow?.close();
});

const logs = () => node(s3Prefix, '|flat||', '', { bucket: 'dev-logs', prefix: '', flat: true });
const signal = () => new AbortController().signal;

test('the reference: dev-logs has 53,002 keys flat', () => assert.equal(reference.length, 53_002));

test('JSON Lines: every key exactly once, in S3 order', async () => {
  const file = join(dir, 'logs.jsonl');
  const r = await exportListing(logs(), ctxOf(session), file, signal());
  const keys = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l).key as string);
  assert.equal(r.rows, 53_002);
  assert.deepEqual(keys, reference.map((o) => o.Key));
  for (let i = 1; i < keys.length; i++) assert.ok(compareKeys(keys[i - 1], keys[i]) < 0, `in order at ${i}`);
  assert.equal(statSync(file).size, r.bytes);
});

test('CSV: a header and a row per key; the size is exactly what those rows make', async () => {
  const file = join(dir, 'logs.csv');
  const r = await exportListing(logs(), ctxOf(session), file, signal(), { pageSize: 1000 });
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const expected =
    'bucket,key,kind,size,lastModified,etag,storageClass\r\n' +
    reference.map((o) => ['dev-logs', o.Key!, 'object', String(o.Size), o.LastModified!.toISOString(), o.ETag ?? '', o.StorageClass ?? ''].map(q).join(',') + '\r\n').join('');
  assert.equal(statSync(file).size, Buffer.byteLength(expected));
  assert.equal(readFileSync(file, 'utf8'), expected);
  assert.equal(r.rows, 53_002);
});

test('JSON: one array holding every row', async () => {
  const file = join(dir, 'logs.json');
  await exportListing(logs(), ctxOf(session), file, signal());
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { key: string }[];
  assert.equal(rows.length, 53_002);
  assert.equal(rows[53_001].key, reference[53_001].Key);
});

test('a cancelled export (a job) leaves no file under the final name, nor its temporary file', async () => {
  const jobs = new JobRegistry();
  const file = join(dir, 'cancelled.jsonl');
  let pages = 0;
  const job = startExport(jobs, logs(), ctxOf(sandboxSession(slow.url)), file, { onPage: () => pages++ });
  await waitFor(() => pages >= 2, 'two pages written', 20_000);
  assert.ok(existsSync(partialName(file)), 'it writes beside the final name meanwhile');
  jobs.cancel(job.id);
  assert.equal(jobs.get(job.id)?.status, 'cancelled');
  await waitFor(() => !existsSync(partialName(file)), 'the temporary file removed', 5_000);
  assert.ok(!existsSync(file));
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('cancelled')), []);
});

test('a failed export (AccessDenied) leaves nothing either, and says why', async () => {
  const file = join(dir, 'denied.csv');
  const denied = node(s3Prefix, '|flat||', '', { bucket: 'dev-private', prefix: '', flat: true });
  await assert.rejects(exportListing(denied, ctxOf(session), file, signal()), /AccessDenied|Access Denied/);
  assert.ok(!existsSync(file) && !existsSync(partialName(file)));
});

test('an unknown extension is refused before anything is sent', async () => {
  await assert.rejects(exportListing(logs(), ctxOf(session), join(dir, 'logs.txt'), signal()), /\.csv, \.jsonl or \.json/);
});
