// Marks and yank, driven by keys against the sandbox: Space marks (a mark in the row's first column,
// `N marked` in the status line), marks survive sorting and filtering, M clears them; a row action
// goes to every marked row with one confirmation naming them; Y copies through OSC 52.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { ec2Instances } from '../../src/data/ec2/nodes';
import { JobRegistry } from '../../src/data/jobs';
import { MARK } from '../../src/ui/Table';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
const store = new MemoryBucketStore(undefined);
const folders = new MemoryBucketStore(undefined);
const KEYS = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
before(async () => {
  for (const k of KEYS) store.put(k, { body: Buffer.from(k), contentType: 'text/plain' });
  for (const k of ['x/1.txt', 'y/1.txt', 'z.txt']) folders.put(k, { body: Buffer.from(k) });
  sandbox = await startSandbox({
    s3Buckets: [{ account: 'dev', name: 'ui-marks', store }, { account: 'dev', name: 'ui-folders', store: folders }],
    ec2TransitionMs: 300,
  });
});
after(() => sandbox?.close());
afterEach(() => cleanup());

const handled = () => new Promise<void>((r) => setImmediate(r));
const rowOf = (frame: string, text: string) => frame.split('\n').find((l) => l.includes(text)) ?? '';
const marked = (frame: string, text: string) => rowOf(frame, text).slice(0, 2).includes(MARK);

function open(here: 'bucket' | 'ec2' | 'folders', jobs = new JobRegistry()) {
  const session = sandboxSession(sandbox.url);
  const bucket = here === 'folders' ? 'ui-folders' : 'ui-marks';
  session.bucketRegions.set(bucket, 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const path =
    here !== 'ec2'
      ? [node(s3Service, 's3', 's3', null), node(s3Bucket, bucket, bucket, { name: bucket, region: 'us-east-1' })]
      : [node(ec2Instances, 'us-east-1', 'us-east-1', { region: 'us-east-1' })];
  return { ui: driver(render(<App path={[rootNode([profile]), profile, ...path]} jobs={jobs} />)), jobs };
}

test('Space marks rows by id: kept through sorting and filtering, M clears them', async () => {
  const { ui } = open('bucket');
  await ui.see('a.txt');
  ui.press('mark.toggle'); // a, then the cursor moves to b
  ui.press('cursor.down'); // c
  ui.press('mark.toggle');
  await ui.see('2 marked');
  assert.ok(marked(ui.frame(), 'a.txt') && marked(ui.frame(), 'c.txt') && !marked(ui.frame(), 'b.txt'), ui.frame());
  ui.press('sort.next');
  ui.press('sort.reverse');
  await ui.until((f) => f.indexOf('e.txt') < f.indexOf('a.txt'), 'sorted the other way');
  assert.ok(marked(ui.frame(), 'a.txt') && marked(ui.frame(), 'c.txt'), 'marks follow the rows, not the positions');
  ui.press('filter');
  ui.type('c');
  await ui.until((f) => !f.includes('a.txt') && f.includes('c.txt'), 'filtered to c');
  assert.ok(marked(ui.frame(), 'c.txt'));
  assert.match(ui.frame(), /2 marked/, 'a filtered-out mark is still a mark');
  ui.press('filter.clear', 'filter');
  await ui.see('a.txt');
  ui.press('mark.clear');
  await ui.until((f) => !f.includes('marked') && !marked(f, 'a.txt'), 'marks cleared');
});

test('Ctrl-D with marks: one confirmation naming how many and which, then every marked key is gone', async () => {
  const { ui } = open('bucket');
  await ui.see('a.txt');
  ui.press('mark.toggle'); // a
  ui.press('mark.toggle'); // b
  ui.press('cursor.down'); // d
  ui.press('mark.toggle');
  await ui.see('3 marked');
  ui.press('action.delete');
  await ui.see('Delete object 3 marked rows: a.txt, b.txt, d.txt?');
  assert.doesNotMatch(ui.frame(), /Enter accept/, 'a yes/no question offers only y, n and Esc');
  assert.match(ui.frame(), /y yes {2}n no {2}Esc cancel/);
  // One line says the keys: the screen's footer, not a second copy inside the dialog's box.
  assert.equal(ui.frame().match(/Esc cancel/g)?.length, 1, 'the keys are said once');
  ui.press('dialog.yes', 'dialog');
  // One DeleteObjects batch as a job; the status line says what counts first (the job keeps the summary).
  await ui.see('Deleted 3 of 3 objects in s3://ui-marks');
  const left = new Set(store.list({ maxKeys: 1000 }).objects.map((o) => o.key));
  assert.deepEqual([...left].sort(), ['c.txt', 'e.txt']);
  await ui.until((f) => !f.includes('marked') && !f.includes('a.txt') && f.includes('c.txt'), 'marks cleared, listing refreshed');
});

test('X with two instances marked: asked once, one waiter each in the jobs panel', async () => {
  const { ui, jobs } = open('ec2');
  await ui.see('web-1');
  ui.press('mark.toggle'); // web-1
  ui.press('mark.toggle'); // web-2
  await ui.see('2 marked');
  ui.press('action.stop');
  // The waiter's Delay and MaxAttempts are defaults shown in the one question (e changes them).
  await ui.see(/Stop 2 marked rows: i-[0-9a-f]{17} web-1, i-[0-9a-f]{17} web-2\?/);
  assert.match(ui.frame(), /Delay 15 s · MaxAttempts 40/);
  ui.press('dialog.yes', 'dialog');
  await ui.until(() => jobs.jobs.filter((j) => j.kind === 'waiter').length === 2, 'two waiters');
  await ui.until((f) => /web-1 → stopped/.test(f) && /web-2 → stopped/.test(f), 'both in the jobs strip');
});

test('Y: a menu of what to copy; the choice goes out as OSC 52 and the status line says what', async () => {
  const { ui } = open('bucket');
  await ui.see('c.txt');
  const writes: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const wasTTY = process.stdout.isTTY;
  // The test runner reports on stdout too: only the clipboard sequence is kept back.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (typeof chunk === 'string' && chunk.startsWith('\u001b]52;')) return writes.push(chunk) > 0;
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stdout.isTTY = true;
  try {
    ui.press('yank');
    await ui.see('Copy to the clipboard');
    await ui.see('s3://ui-marks/c.txt');
    assert.match(ui.frame(), /ARN\s+arn:aws:s3:::ui-marks\/c\.txt/);
    ui.press('dialog.down', 'dialog'); // name, then the URI
    ui.press('dialog.submit', 'dialog');
    await ui.see('Copied s3://ui-marks/c.txt to the clipboard');
    assert.deepEqual(writes, [`\u001b]52;c;${Buffer.from('s3://ui-marks/c.txt').toString('base64')}\u0007`]);
  } finally {
    process.stdout.write = write;
    process.stdout.isTTY = wasTTY;
  }
});

test('c with marks: the marked keys copied in one job to the folder given', async () => {
  const { ui, jobs } = open('bucket');
  await ui.see('c.txt');
  ui.press('mark.toggle'); // c
  ui.press('mark.toggle'); // e
  await ui.see('2 marked');
  ui.press('action.copy');
  await ui.see('Copy to');
  await handled();
  ui.type('\u0015copies/');
  await ui.see('copies/');
  await handled();
  ui.press('dialog.submit', 'dialog');
  await ui.see('Copy 2 marked rows: c.txt, e.txt (copies/)?');
  ui.press('dialog.yes', 'dialog');
  await ui.until(() => jobs.jobs.some((j) => j.kind === 'copy' && j.status === 'succeeded'), 'one copy job, done');
  assert.equal(jobs.jobs.filter((j) => j.kind === 'copy').length, 1);
  const keys = store.list({ maxKeys: 1000 }).objects.map((o) => o.key);
  assert.ok(keys.includes('copies/c.txt') && keys.includes('copies/e.txt'), keys.join(' '));
});

test('d with marks: offered a folder, every marked object saved in it under its own name', async () => {
  const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-marks-'));
  try {
    const { ui, jobs } = open('bucket');
    await ui.see('c.txt');
    // The copy before left a copies/ folder on top: c.txt is the row after it.
    await ui.selectRow(/c\.txt/);
    ui.press('mark.toggle'); // c, then the cursor is on d
    ui.press('cursor.down');
    ui.press('mark.toggle'); // e
    await ui.see('2 marked');
    ui.press('action.download');
    await ui.see(`${process.cwd()}/`);
    await handled();
    ui.type(`\u0015${dir}/`);
    await ui.see(dir);
    await handled();
    ui.press('dialog.submit', 'dialog');
    await ui.see(`Download 2 marked rows: c.txt, e.txt (${dir}/)?`);
    ui.press('dialog.yes', 'dialog');
    await ui.until(() => jobs.jobs.filter((j) => j.kind === 'download' && j.status === 'succeeded').length === 2, 'two downloads done');
    assert.deepEqual(readdirSync(dir).sort(), ['c.txt', 'e.txt']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an action refused for the marked rows (a prefix delete works on one folder at a time) leaves the marks as they were', async () => {
  const { ui } = open('folders');
  await ui.see('y/');
  ui.press('mark.toggle');
  ui.press('mark.toggle');
  await ui.see('2 marked');
  ui.press('action.delete');
  await ui.see('works on one row at a time');
  assert.match(ui.frame(), /2 marked/, 'nothing ran: the marks stay');
  assert.ok(marked(ui.frame(), 'x/') && marked(ui.frame(), 'y/'));
  assert.equal(sandbox.requests.filter((r) => r.bucket === 'ui-folders' && /^Delete/.test(r.op)).length, 0);
});

test('an object marked, the cursor on a folder: Ctrl-D deletes the marked object (the marks\' action, not the cursor\'s)', async () => {
  const { ui } = open('folders');
  await ui.see('z.txt');
  await ui.selectRow(/z\.txt/);
  ui.press('mark.toggle');
  await ui.see('1 marked');
  ui.press('cursor.first');
  await ui.until(() => /x\//.test(ui.selectedLine() ?? ''), 'the cursor on the folder x/');
  ui.press('action.delete');
  await ui.see('Delete object 1 marked row: z.txt?');
  ui.press('dialog.yes', 'confirm');
  await ui.see('Deleted 1 of 1 objects');
  assert.deepEqual(folders.list({ maxKeys: 10 }).objects.map((o) => o.key).sort(), ['x/1.txt', 'y/1.txt']);
});
