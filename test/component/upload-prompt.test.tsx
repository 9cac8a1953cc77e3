// Tab in the upload prompt completes the path as a shell does: in the app, on a real folder.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
let dir: string;
before(async () => {
  sandbox = await startSandbox({ s3Buckets: [{ account: 'dev', name: 'ui-upload', store: new MemoryBucketStore(undefined) }] });
  dir = mkdtempSync(join(tmpdir(), 'awsnav-complete-'));
  mkdirSync(join(dir, 'reports-2024'));
  writeFileSync(join(dir, 'reports-2024', 'q1.csv'), 'a,b\n');
  writeFileSync(join(dir, 'reports-2024', 'q2.csv'), 'a,b\n');
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sandbox?.close();
});
afterEach(() => cleanup());

test('u, then Tab completes a folder, then lists what is still possible; nothing is sent', async () => {
  const s = sandboxSession(sandbox.url);
  s.bucketRegions.set('ui-upload', 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session: s });
  const bucket = node(s3Bucket, 'ui-upload', 'ui-upload', { name: 'ui-upload', region: 'us-east-1' });
  const ui = driver(render(<App path={[rootNode([profile]), profile, node(s3Service, 's3', 's3', null), bucket]} />));
  await ui.see('ui-upload');
  ui.press('action.upload');
  await ui.see('Upload a file or a folder');
  ui.type(`${dir}/rep`);
  await ui.see('/rep');
  ui.press('dialog.complete', 'dialog');
  await ui.see('reports-2024/');
  ui.type('q');
  await ui.see('reports-2024/q');
  ui.press('dialog.complete', 'dialog');
  await ui.until((f) => f.includes('q1.csv') && f.includes('q2.csv'), 'both candidates listed');
  assert.equal(sandbox.requests.filter((r) => r.op === 'PutObject' || r.op === 'CreateMultipartUpload').length, 0);
  ui.press('dialog.cancel', 'dialog');
});
