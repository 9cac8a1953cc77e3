// The first frame drawn is already the list when the list is in memory (the profiles, a profile's
// services: NodeType.rowsNow, seeded into the Pager by makeFrame), not a loading frame first and the
// rows a frame later (issue 16, start-up). And the seeded listing still behaves as any other: a
// refresh reads the profiles again, a filter covers all of them.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { profileNode, rootNode, type ProfileRecord } from '../../src/data/root';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox?.close());
afterEach(() => cleanup());

const profileOf = (account: 'dev' | 'prod'): TreeNode<ProfileRecord> => {
  const session = sandboxSession(sandbox.url, account);
  return node(profileNode, session.profile.name, session.profile.name, { session });
};

/** The table's row lines of a frame: the ones naming a profile in the table (not the breadcrumb). */
const rowOf = (frame: string, label: string) => frame.split('\n').find((l) => new RegExp(`\\b${label}\\b.*static keys`).test(l));

test('the first frame at the root already lists the profiles', () => {
  const term = render(<App path={[rootNode([profileOf('dev'), profileOf('prod')])]} />);
  const first = term.frames[0] ?? '';
  assert.ok(rowOf(first, 'dev'), `the dev row in the first frame:\n${first}`);
  assert.ok(rowOf(first, 'prod'), `the prod row in the first frame:\n${first}`);
  assert.ok(!/loading/i.test(first), `no loading in the first frame:\n${first}`);
});

test("the first frame of a profile's screen already lists its services", () => {
  const profile = profileOf('dev');
  const term = render(<App path={[rootNode([profile]), profile]} />);
  const first = term.frames[0] ?? '';
  const lines = first.split('\n');
  assert.ok(lines.some((l) => /\bs3\b/.test(l)), `s3 in the first frame:\n${first}`);
  assert.ok(lines.some((l) => /\bec2\b/.test(l)), `ec2 in the first frame:\n${first}`);
  assert.ok(!/loading/i.test(first), `no loading in the first frame:\n${first}`);
});

test('refresh reads the profiles again (a seeded listing is not frozen)', async () => {
  const profiles = [profileOf('dev')];
  const ui = driver(render(<App path={[rootNode(() => profiles)]} />));
  await ui.until((f) => rowOf(f, 'dev') !== undefined, 'the dev row');
  assert.equal(rowOf(ui.frame(), 'prod'), undefined);
  profiles.push(profileOf('prod'));
  ui.press('refresh');
  await ui.until((f) => rowOf(f, 'prod') !== undefined && rowOf(f, 'dev') !== undefined, 'both rows after the refresh');
});

test('a filter over the seeded profiles covers all of them', async () => {
  const ui = driver(render(<App path={[rootNode([profileOf('dev'), profileOf('prod')])]} />));
  await ui.until((f) => rowOf(f, 'prod') !== undefined, 'the prod row');
  ui.press('filter');
  ui.type('pro');
  await ui.see('filter “pro” · 1 of all 2 match');
  assert.equal(rowOf(ui.frame(), 'dev'), undefined, ui.frame());
  assert.ok(rowOf(ui.frame(), 'prod'));
});
