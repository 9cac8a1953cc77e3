// A job's question (the object arrived: jump to it?) waits for the dialog on screen to close instead of
// replacing it (which would leave the first dialog's promise unanswered).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore } from '../../src/hooks/store';
import { browserReducer, initBrowser } from '../../src/hooks/browserReducer';
import { offerWhenIdle } from '../../src/hooks/offerWhenIdle';
import type { Dialogs } from '../../src/data/actions';
import { fakeTree } from '../helpers/fakeTree';

test('asks at once when no dialog is open; otherwise after it closes; accept runs on yes', async () => {
  const store = createStore(browserReducer, initBrowser([fakeTree().root]));
  const asked: string[] = [];
  const dialogs = { confirm: async (_t: string, q: string) => (asked.push(q), true) } as unknown as Dialogs;
  let accepted = 0;
  store.dispatch({ type: 'open-modal', modal: { kind: 'text', title: 'help', lines: [] } });
  offerWhenIdle(store, dialogs, 'Wait', 'Jump to it?', () => accepted++);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(asked, [], 'not over the open dialog');
  store.dispatch({ type: 'close-modal' });
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(asked, ['Jump to it?']);
  assert.equal(accepted, 1);
  offerWhenIdle(store, dialogs, 'Wait', 'Again?', () => accepted++);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(asked, ['Jump to it?', 'Again?']);
});
