// Issue 11 on screen, keys pressed through the keymap against the sandbox: a stopped content-type scan
// keeps its matches and says what it checked (not "No objects here", not "all loaded"); a sort covers
// every key and the status line says how far it has got; G reaches the true end in one press.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { JobRegistry } from '../../src/data/jobs';
import type { FrameOptions } from '../../src/hooks/frame';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let slow: Sandbox;
let fast: Sandbox;
const KEYS = 3_000;
const BIG = 12_000;

before(async () => {
  const typed = new MemoryBucketStore(undefined);
  // Every 10th key a CSV, from the very first: matches are found before the stop.
  for (let i = 0; i < KEYS; i++) typed.put(`t/${String(i).padStart(5, '0')}.dat`, { body: Buffer.from('x'), contentType: i % 10 === 0 ? 'text/csv' : 'text/plain' });
  // Every response held a little, so the scan is still running when it is stopped.
  slow = await startSandbox({ latencyMs: 15, s3Buckets: [{ account: 'dev', name: 'ui-typed-slow', store: typed }] });
  fast = await startSandbox({
    s3Buckets: [
      {
        account: 'dev',
        name: 'ui-sizes',
        // The largest object far past the first pages and the Pager's window.
        store: new SyntheticBucketStore({ count: BIG, keyAt: (i) => `s/${String(i).padStart(6, '0')}`, sizeAt: (i) => (i === 11_111 ? 50_000 : 1 + (i % 500)) }),
      },
    ],
  });
});
after(async () => {
  await slow?.close();
  await fast?.close();
});
afterEach(() => cleanup());

function open(sandbox: Sandbox, bucket: string, options?: FrameOptions) {
  const session = sandboxSession(sandbox.url);
  session.bucketRegions.set(bucket, 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const b = node(s3Bucket, bucket, bucket, { name: bucket, region: 'us-east-1' });
  const s3 = node(s3Service, 's3', 's3', null);
  return driver(render(<App path={[rootNode([profile]), profile, s3, b]} jobs={new JobRegistry()} options={options} />));
}

test('a stopped content-type scan keeps its matches and says stopped and what it checked', async () => {
  const ui = open(slow, 'ui-typed-slow');
  await ui.see('t/');
  ui.press('action.contentType');
  await ui.see('Show only this content type');
  ui.press('dialog.submit', 'dialog');
  await ui.see(/checked [1-9][\d,]* of [\d,]+ listed · [1-9]\d* match · checking/, 10_000);
  ui.press('scan.stop');
  await ui.see(/stopped: checked [\d,]+ of [\d,]+ listed/);
  const f = ui.frame();
  const [, checked, listed] = /stopped: checked ([\d,]+) of ([\d,]+) listed/.exec(f)!;
  assert.ok(Number(checked.replace(/,/g, '')) < KEYS, `checked ${checked}: stopped before the end`);
  assert.ok(Number(checked.replace(/,/g, '')) <= Number(listed.replace(/,/g, '')));
  assert.match(f, /t\/00000\.dat/, 'the matches found stay');
  assert.doesNotMatch(f, /all loaded/);
  assert.doesNotMatch(f, /No objects here/);
  assert.match(f, /the rest never checked/);
});

test('s sorts every key by size, beyond the Pager window; the status says what it covers; G goes to the end at once', async () => {
  const ui = open(fast, 'ui-sizes', { keepRows: 2_000, pageSize: 500 });
  await ui.see('s/');
  ui.press('open');
  await ui.see('s/000000');
  ui.press('sort.next'); // name ↑: the listing's own order, nothing read
  await ui.see('sorted by name ↑');
  ui.press('sort.next'); // size ↓: every key
  await ui.see('sorted by size ↓');
  await ui.see(/sorted by size ↓ · all 12,000/, 20_000);
  await ui.until(() => /011111/.test(ui.selectedLine() ?? ''), 'the largest key, read long after the window, first');
  assert.match(ui.frame(), /1\/12,000/);
  ui.press('cursor.last');
  await ui.see('12,000/12,000');
  ui.press('sort.reverse');
  await ui.see('sorted by size ↑');
});

test('G walks to the true end in one press', async () => {
  const ui = open(fast, 'ui-sizes', { keepRows: 2_000, pageSize: 1_000 });
  await ui.see('s/');
  ui.press('open');
  await ui.see('s/000000');
  ui.press('cursor.last');
  await ui.see('12,000/12,000', 20_000);
  await ui.until(() => /011999/.test(ui.selectedLine() ?? ''), 'the last key selected');
  assert.match(ui.frame(), /12,000 loaded · all loaded/);
});
