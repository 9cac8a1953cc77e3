// The code view drawn with Ink: tabs switched with ←/→ and 1–4, the request switched with Tab, long
// lines folded rather than cut, hostile keys drawn as escapes (never raw), Y copies, and `:code` /
// `:export` from the command line of the real app.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { CodeView } from '../../src/ui/CodeView';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Prefix, s3Service } from '../../src/data/s3/nodes';
import { JobRegistry } from '../../src/data/jobs';
import { subjectsInView } from '../../src/data/code/subject';
import { driver, waitFor } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

const HOSTILE = 'evil\u001b]0;title\u0007 \u202e/';
let sandbox: Sandbox;
let dir: string;
const store = new MemoryBucketStore(undefined);

before(async () => {
  for (let i = 0; i < 30; i++) store.put(`logs/${String(i).padStart(3, '0')}.json`, { body: Buffer.from('{}'), contentType: 'application/json' });
  sandbox = await startSandbox({ s3Buckets: [{ account: 'dev', name: 'ui-code', store }] });
  dir = mkdtempSync(join(tmpdir(), 'awsnav-codeview-'));
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sandbox?.close();
});
afterEach(() => cleanup());

function session() {
  const s = sandboxSession(sandbox.url);
  s.bucketRegions.set('ui-code', 'us-east-1');
  return s;
}

test('tabs by ←/→ and digits, folded long lines, hostile prefix drawn as escapes, Y copies', async () => {
  const n = node(s3Prefix, HOSTILE, HOSTILE, { bucket: 'ui-code', prefix: HOSTILE });
  const subjects = subjectsInView(n, undefined, { session: session() }, { pageSize: 7 });
  let closed = false;
  const term = render(<CodeView subjects={subjects} height={26} close={() => (closed = true)} />);
  const ui = driver(term);
  await ui.see('aws s3api list-objects-v2');
  assert.ok(!/[\u001b\u0007\u202e]/.test(ui.frame()), 'no raw control or bidi character reaches the terminal');
  assert.match(ui.frame(), /\\x1b|\\u\{1b\}/, 'the escape is shown as an escape');
  assert.match(ui.frame(), /↪ /, 'the long CLI line is folded, not cut');
  assert.match(ui.frame(), /--page-size 7/);
  ui.press('code.nextTab', 'code');
  await ui.see("get_paginator('list_objects_v2')");
  ui.press('code.nextTab', 'code');
  await ui.see('bucket.objects.filter(');
  term.stdin.write('4');
  await ui.see('paginateListObjectsV2({ client, pageSize: 7 }');
  ui.press('code.prevTab', 'code');
  await ui.see('bucket.objects.filter(');
  ui.press('code.copy', 'code');
  // ink-testing-library's stdout is no terminal: the view says where else the code can go.
  await ui.see('no terminal to copy to');
  ui.press('code.close', 'code');
  await waitFor(() => closed, 'Esc to close the view');
});

test(':code in the app opens the listing\'s code; :code FILE and :export FILE write files', async () => {
  const s = session();
  const profile = node(profileNode, 'dev', 'dev', { session: s });
  const bucket = node(s3Bucket, 'ui-code', 'ui-code', { name: 'ui-code', region: 'us-east-1' });
  const jobs = new JobRegistry();
  const ui = driver(render(<App path={[rootNode([profile]), profile, node(s3Service, 's3', 's3', null), bucket]} jobs={jobs} />));
  await ui.see('logs/');
  ui.press('command');
  await ui.see('Command (:help lists them');
  ui.type('code\r');
  await ui.see('code · this listing (ListObjectsV2)');
  await ui.see("--delimiter /");
  ui.press('code.close', 'code');
  await ui.until((f) => !f.includes('code ·'), 'the code view closed');
  const file = join(dir, 'list.py');
  ui.press('command');
  await ui.see('Command (:help lists them');
  ui.type(`code ${file}\r`);
  await ui.see('code for this listing (ListObjectsV2) written');
  assert.match(readFileSync(file, 'utf8'), /get_paginator\('list_objects_v2'\)\nfor page in paginator\.paginate\(Bucket='ui-code', Delimiter='\/'/);
  const out = join(dir, 'rows.jsonl');
  ui.press('command');
  await ui.see('Command (:help lists them');
  ui.type(`export ${out}\r`);
  await ui.until(() => jobs.jobs.some((j) => j.kind === 'export' && j.status === 'succeeded'), 'the export done');
  assert.ok(existsSync(out));
  assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')), { bucket: 'ui-code', key: 'logs/', kind: 'prefix', size: null, lastModified: null, etag: null, storageClass: null });
});

test('C opens the code view of what is in view; its footer is the code view\'s; the raw view names its request', async () => {
  const s = session();
  const profile = node(profileNode, 'dev', 'dev', { session: s });
  const bucket = node(s3Bucket, 'ui-code', 'ui-code', { name: 'ui-code', region: 'us-east-1' });
  const logs = node(s3Prefix, 'logs/', 'logs/', { bucket: 'ui-code', prefix: 'logs/' });
  const ui = driver(render(<App path={[rootNode([profile]), profile, node(s3Service, 's3', 's3', null), bucket, logs]} />));
  await ui.see('000.json');
  ui.press('code');
  await ui.see('code · this listing (ListObjectsV2)');
  await ui.see('tab');
  assert.match(ui.frame(), /\bcopy\b/, 'the footer shows the code view\'s keys');
  ui.press('code.subject', 'code');
  await ui.see('HeadObject');
  ui.press('code.close', 'code');
  await ui.until((f) => !f.includes('code ·'), 'the code view closed');
  ui.press('raw');
  await ui.see('raw ·');
  await ui.see(/HeadObject.*as the API returned it/);
});
