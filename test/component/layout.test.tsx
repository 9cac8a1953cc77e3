// The main screens at 80×24, 100×30 and 160×45: no line wider than the terminal, no id cut, the
// footer always ending with `? help  q quit`, long keys cut in the middle, the detail pane where it
// fits and a full details view where it does not, and help that fits one screen by sections.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import stringWidth from 'string-width';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { ec2Instances } from '../../src/data/ec2/nodes';
import { keymap } from '../../src/keys/keymap';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';
import { renderSized, cleanupSized } from '../helpers/sized';

const SIZES: [number, number][] = [[80, 24], [100, 30], [160, 45]];
const LONG = 'api-012555-f04449-0aa1b2c3-d4e5f6a7-b8c9d0e1-f2a3b4c5-69c23d.log';

let sandbox: Sandbox;
const versionIds: string[] = [];
before(async () => {
  const logs = new MemoryBucketStore(undefined);
  for (let i = 0; i < 30; i++) logs.put(`${String(i).padStart(2, '0')}-${LONG}`, { body: Buffer.from('x'), contentType: 'text/plain' });
  const vers = new MemoryBucketStore('Enabled');
  for (let i = 0; i < 3; i++) versionIds.push(vers.put('notes.txt', { body: Buffer.from(`draft ${i}`), contentType: 'text/plain' }).versionId!);
  sandbox = await startSandbox({
    s3Buckets: [
      { account: 'dev', name: 'ui-logs', store: logs },
      { account: 'dev', name: 'ui-vers', store: vers },
    ],
  });
});
after(() => sandbox?.close());
afterEach(() => cleanupSized());

function openAt(columns: number, rows: number, here: (s: ReturnType<typeof sandboxSession>) => TreeNode[]) {
  const session = sandboxSession(sandbox.url);
  for (const b of ['ui-logs', 'ui-vers']) session.bucketRegions.set(b, 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  return driver(renderSized(<App path={[rootNode([profile]), profile, ...here(session)]} />, columns, rows));
}

const bucket = (name: string) => [node(s3Service, 's3', 's3', null), node(s3Bucket, name, name, { name, region: 'us-east-1' })];

function assertFits(frame: string, columns: number, where: string, listFooter = true) {
  for (const line of frame.split('\n')) assert.ok(stringWidth(line) <= columns, `${where}: a line is ${stringWidth(line)} wide: ${line}`);
  if (!listFooter) return;
  const footer = frame.trimEnd().split('\n').at(-1)!;
  assert.match(footer, /\? help {2}q quit\s*$/, `${where}: the footer ends with ? help  q quit: ${footer}`);
}

for (const [columns, rows] of SIZES) {
  test(`${columns}×${rows}: instances — ids whole, no line too wide, footer ends with help and quit`, async () => {
    const ui = openAt(columns, rows, () => [node(ec2Instances, 'us-east-1', 'us-east-1', { region: 'us-east-1' })]);
    await ui.see(/i-[0-9a-f]{17}/);
    const f = ui.frame();
    assert.doesNotMatch(f, /i-[0-9a-f]{0,16}…/, 'an instance id is cut');
    assert.match(f, /STATE/);
    assertFits(f, columns, 'instances');
  });

  test(`${columns}×${rows}: objects — long keys cut in the middle, keeping the end`, async () => {
    const ui = openAt(columns, rows, () => bucket('ui-logs'));
    await ui.see('00-api-');
    const f = ui.frame();
    const line = f.split('\n').find((l) => l.includes('00-api-'))!;
    if (line.includes(LONG)) assert.ok(columns >= 160, 'whole at 160 columns only');
    else assert.match(line, /00-api-\S*…\S*69c23d\.log/, `cut in the middle: ${line}`);
    assertFits(f, columns, 'objects');
  });

  test(`${columns}×${rows}: versions — version ids whole or not shown`, async () => {
    const ui = openAt(columns, rows, () => bucket('ui-vers'));
    await ui.see('notes.txt');
    ui.press('action.versions');
    await ui.see('VERSION ID');
    await ui.see(versionIds[2]);
    const f = ui.frame();
    for (const id of versionIds) assert.ok(f.includes(id), `version id ${id} shown whole`);
    assertFits(f, columns, 'versions');
  });
}

test('80×24: no detail pane; Enter on an object shows its details in full; i brings the pane back', async () => {
  const ui = openAt(80, 24, () => bucket('ui-logs'));
  await ui.see('00-api-');
  assert.ok(!ui.frame().includes('┌'), 'no detail pane at 80 columns');
  ui.press('open');
  await ui.see('details · 00-api-');
  await ui.see('ETag');
  await ui.see('text/plain');
  assertFits(ui.frame(), 80, 'details view', false);
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('details ·'), 'details closed');
  ui.press('detail.toggle');
  await ui.see('┌');
  await ui.see('ETag');
  assertFits(ui.frame(), 80, 'pane shown by i');
});

test('160×45: the detail pane is there by itself', async () => {
  const ui = openAt(160, 45, () => bucket('ui-logs'));
  await ui.see('ETag');
});

test('80×24: help fits one screen per section, one width throughout, and lists every key', async () => {
  const ui = openAt(80, 24, () => bucket('ui-logs'));
  await ui.see('00-api-');
  ui.press('help');
  await ui.see(/section 1 of (\d+)/);
  const total = Number(/section 1 of (\d+)/.exec(ui.frame())![1]);
  assert.ok(total >= 5, `${total} sections`);
  let seen = '';
  let width: number | undefined;
  for (let i = 1; i <= total; i++) {
    await ui.see(`section ${i} of ${total}`);
    const f = ui.frame();
    assertFits(f, 80, `help section ${i}`, false);
    const box = f.split('\n').find((l) => l.startsWith('╭'))!;
    width ??= stringWidth(box);
    assert.equal(stringWidth(box), width, 'the box keeps its width');
    seen += f;
    ui.press('help.next', 'text');
  }
  // Every description whole: the help's lines, box and indents taken off, joined as prose (a long
  // description goes on under itself), hold each one, and no line of it was cut with '…'.
  const prose = seen
    .split('\n')
    .filter((l) => l.startsWith('│'))
    .map((l) => l.replace(/^│ ?|│$/g, '').trim())
    .join(' ')
    .replace(/ {2,}/g, ' ');
  for (const b of keymap) assert.ok(prose.includes(b.description), `help shows ${b.command} whole: ${b.description}`);
  assert.ok(!seen.split('\n').some((l) => /…\s*│$/.test(l)), 'no help line is cut');
});

test('all regions has a REGION column (one region has none); the sorted column carries its arrow', async () => {
  const ui = openAt(160, 45, () => [node(ec2Instances, '*', 'all regions', {})]);
  await ui.see('eu-west-1');
  assert.match(ui.frame().split('\n')[2], /INSTANCE\s+NAME\s+REGION/);
  ui.press('sort.next');
  await ui.see('INSTANCE ↑');
  const one = openAt(160, 45, () => [node(ec2Instances, 'us-east-1', 'us-east-1', { region: 'us-east-1' })]);
  await one.see('web-1');
  assert.doesNotMatch(one.frame(), /REGION/);
});
