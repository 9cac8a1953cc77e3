// The detail pane's record request (useDetails): sent only for the row the cursor rests on, aborted
// when the cursor leaves that row, and a late answer for a row left behind is never shown. (The
// controller is made only when a request is sent; these are the promises that must still hold.)
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { node, type DetailResult, type NodeType, type TreeNode } from '../../src/data/tree';
import { driver } from '../helpers/ink';
import { renderAt } from '../helpers/wideTerm';

afterEach(() => cleanup());

interface Asked {
  label: string;
  signal: AbortSignal;
  answer(): void;
}

function tree(labels: string[]) {
  const asked: Asked[] = [];
  const item: NodeType<null> = {
    name: 'test.item',
    kind: 'item',
    describe: (n) => [{ label: 'Name', value: n.label }],
    // Answers only when told, whatever the signal says: the pane must not show what it gave up on.
    details: (n, _ctx, signal) =>
      new Promise<DetailResult>((resolve) =>
        asked.push({ label: n.label, signal, answer: () => resolve({ fields: [{ label: 'Owner', value: `owner-of-${n.label}` }], raw: {} }) }),
      ),
  };
  const list: NodeType<null> = {
    name: 'test.list',
    kind: 'collection',
    columns: [{ id: 'name', title: 'NAME', width: 0, cell: (n) => n.label }],
    async *children() {
      yield { items: labels.map((l) => node(item, l, l, null)) };
    },
  };
  return { root: node(list, 'list', 'things', null) as TreeNode, asked };
}

test('the record of a row the cursor left is aborted and never shown; the row it rests on is', async () => {
  const { root, asked } = tree(['alpha', 'bravo', 'charlie', 'delta']);
  const ui = driver(renderAt(<App path={[root]} />, { columns: 160, rows: 40 }));
  await ui.until(() => asked.length === 1, 'the record of the first row asked for');
  assert.equal(asked[0].label, 'alpha');
  ui.press('cursor.down');
  await ui.until(() => asked.length === 2, 'the record of the second row asked for');
  assert.equal(asked[0].signal.aborted, true, 'leaving alpha aborts its request');
  assert.equal(asked[1].label, 'bravo');
  assert.equal(asked[1].signal.aborted, false);
  asked[0].answer();
  asked[1].answer();
  await ui.see('owner-of-bravo');
  assert.ok(!ui.frame().includes('owner-of-alpha'), ui.frame());

  // Two moves at once (a held key): only the row rested on is asked for, not the one passed over.
  ui.press('cursor.down', 'browse', 2);
  await ui.until(() => asked.length === 3, 'the record of the row rested on');
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(asked.map((a) => a.label), ['alpha', 'bravo', 'delta']);
  assert.equal(asked[1].signal.aborted, true, 'the answered request is aborted on leaving, harmlessly');
  asked[2].answer();
  await ui.see('owner-of-delta');
  assert.ok(!ui.frame().includes('owner-of-bravo'));
});
