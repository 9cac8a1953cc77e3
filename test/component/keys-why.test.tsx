// A key that is off says why, in the status line when pressed and in help: the same reason from the
// same handler (controllers/dispatch.ts). Against the sandbox, read-only as a profile marked so.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, MemoryBucketStore, SANDBOX_ACCOUNTS, type Sandbox } from '../../src/sandbox/index';
import { node, type NodeType, type TreeNode } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket, s3Service } from '../../src/data/s3/nodes';
import { Session } from '../../src/data/session';
import { keyLabel, keyOf, keymap } from '../../src/keys/keymap';
import { READ_ONLY } from '../../src/hooks/useAvailableActions';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
const store = new MemoryBucketStore(undefined);

before(async () => {
  store.put('report.csv', { body: Buffer.from('a,b\n1,2\n'), contentType: 'text/csv' });
  sandbox = await startSandbox({ s3Buckets: [{ account: 'dev', name: 'why-keys', store }] });
});
after(() => sandbox?.close());
afterEach(() => cleanup());

function open(readonly: boolean) {
  const a = SANDBOX_ACCOUNTS[0];
  const session = readonly
    ? new Session({ name: 'dev', kind: 'static keys', source: 'file', region: a.region, endpoint: sandbox.url }, a.region, {
        readonly: true,
        clientConfig: { credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey } },
      })
    : sandboxSession(sandbox.url);
  session.bucketRegions.set('why-keys', 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const b = node(s3Bucket, 'why-keys', 'why-keys', { name: 'why-keys', region: 'us-east-1' });
  return driver(render(<App path={[rootNode([profile]), profile, node(s3Service, 's3', 's3', null), b]} />));
}

const keysOf = (command: string) => keymap.find((b) => b.command === command && b.scope === 'browse')!.keys.map(keyLabel).join(' / ');

/**
 * Opens help and walks its sections to the one titled `title` (its place depends on the terminal's
 * height); true when there is one.
 */
async function findHelpSection(ui: ReturnType<typeof driver>, title: string): Promise<boolean> {
  ui.press('help');
  await ui.see('Help ·');
  const seen = new Set<string>();
  while (!ui.frame().includes(`Help · ${title}`)) {
    const name = /Help · ([^│]*)/.exec(ui.frame())![1].trim();
    if (seen.has(name)) return false; // round the sections once: no such section
    seen.add(name);
    const before = ui.frame();
    ui.press('help.next', 'text');
    await ui.until((f) => f !== before, 'the next section');
  }
  return true;
}

async function helpSection(ui: ReturnType<typeof driver>, title: string) {
  assert.ok(await findHelpSection(ui, title), `help has a section "${title}"`);
}

test('help at a read-only profile lists delete as off, with why; the same help when writable does not', async () => {
  const ui = open(true);
  await ui.until(() => /report\.csv/.test(ui.selectedLine() ?? ''), 'the object selected');
  await helpSection(ui, 'Off here');
  const lines = ui.frame().split('\n');
  const at = lines.findIndex((l) => l.includes(keysOf('action.delete')) && l.includes('Delete the selected item'));
  assert.ok(at >= 0, `Ctrl-D listed as off:\n${ui.frame()}`);
  // The reason is on the line under the key, word for word what the key says when pressed.
  assert.ok(lines[at + 1].includes(`off: ${READ_ONLY}`), lines[at + 1]);
  // Only what exists here: an instance's keys are not listed as off in an S3 listing.
  assert.ok(!ui.frame().includes('Terminate the selected instance'));
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('Help ·'), 'help closed');
  cleanup();

  const rw = open(false);
  await rw.until(() => /report\.csv/.test(rw.selectedLine() ?? ''), 'the object selected');
  // Writable: Ctrl-D is on, so "Off here" (other keys are off: no jobs, no sort yet) does not name it.
  assert.ok(await findHelpSection(rw, 'Off here'));
  assert.ok(!rw.frame().includes(READ_ONLY), rw.frame());
  assert.ok(!rw.frame().includes('Delete the selected item'), rw.frame());
});

test('a key that is off says why in the status line, and help gives the same reason', async () => {
  const ui = open(true);
  await ui.until(() => /report\.csv/.test(ui.selectedLine() ?? ''), 'the object selected');
  ui.press('action.delete');
  await ui.see(READ_ONLY);
  assert.equal(sandbox.requests.filter((r) => /Delete/.test(r.op)).length, 0);
  // A key that is not an action: reverse before any sort.
  const notSorted = `Not sorted yet: ${keyOf('sort.next')} sorts by the next column.`;
  ui.press('sort.reverse');
  await ui.see(notSorted);
  await helpSection(ui, 'Off here');
  assert.ok(ui.frame().includes(`off: ${notSorted}`), ui.frame());
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('Help ·'), 'help closed');
  // Once sorted, the key works and help no longer lists it.
  ui.press('sort.next');
  await ui.see(' ↑');
  ui.press('sort.reverse');
  await ui.see(' ↓');
  assert.ok(!ui.frame().includes(notSorted), 'reverse did not refuse');
});

test('the raw view\'s request is aborted when the person leaves the listing, and the view never opens', async () => {
  const signals: AbortSignal[] = [];
  let answer: (() => void) | undefined;
  const leaf: NodeType<null> = {
    name: 'slow.item',
    kind: 'item',
    // Answers only when told to, whatever the signal says: the view must still not open after leaving.
    details: (_n, _ctx, signal) => {
      signals.push(signal);
      return new Promise((resolve) => (answer = () => resolve({ fields: [], raw: { Answer: 'late' } })));
    },
  };
  const group: NodeType<null> = {
    name: 'slow.group',
    kind: 'service',
    async *children() {
      yield { items: [node(leaf, 'x', 'slow-record', null)] };
    },
  };
  const root: NodeType<null> = {
    name: 'root',
    kind: 'root',
    async *children() {
      yield { items: [node(group, 'g', 'group-a', null)] };
    },
  };
  const ui = driver(render(<App path={[node(root, 'root', 'top', null) as TreeNode]} />));
  await ui.see('group-a');
  ui.press('open');
  await ui.see('slow-record');
  ui.press('raw');
  await ui.until(() => signals.length === 1, 'the raw view asked for the record');
  assert.equal(signals[0].aborted, false);
  ui.press('back');
  await ui.until((f) => f.includes('group-a') && !f.includes('slow-record'), 'back at the top');
  assert.equal(signals[0].aborted, true, 'leaving aborts the request');
  answer!();
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(!ui.frame().includes('raw ·'), ui.frame());
  assert.ok(!ui.frame().includes('late'));
});
