import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { bindingsFor, keyLabel } from '../../src/keys/keymap';
import { driver, waitFor } from '../helpers/ink';
import { fakeTree } from '../helpers/fakeTree';

afterEach(() => cleanup());

test('walks into a node and back, keeping the cursor where it was', async () => {
  const { root } = fakeTree();
  const ui = driver(render(<App path={[root]} />));
  await ui.see('beta');
  ui.press('cursor.down');
  await ui.until(() => /beta/.test(ui.selectedLine() ?? ''), 'beta selected');
  ui.press('open');
  await ui.see('big-collection');
  // The breadcrumb names the profile-level node opened (the root is not a crumb).
  await ui.until((f) => f.split('\n')[1]?.trim() === 'beta', 'the breadcrumb to read beta');
  ui.press('open');
  await ui.see('item-00000');
  assert.match(ui.frame(), /beta › big-collection/);
  ui.press('back');
  await ui.see('other-collection');
  ui.press('back');
  await ui.until(() => /beta/.test(ui.selectedLine() ?? ''), 'beta still selected after going back');
});

test('pages lazily: one request at first, the next when the cursor nears the end', async () => {
  const { root, log } = fakeTree({ items: 1000, pageSize: 100 });
  const ui = driver(render(<App path={[root]} />));
  await ui.see('alpha');
  ui.press('open');
  await ui.see('big-collection');
  ui.press('open');
  await ui.see('100 loaded · more ↓');
  assert.equal(log.requests.length, 1);
  ui.press('cursor.pageDown', 'browse', 3); // 72 + a screen < 100: nothing yet
  await ui.see('73/100');
  assert.equal(log.requests.length, 1);
  ui.press('cursor.pageDown');
  await ui.see('200 loaded');
  assert.equal(log.requests.length, 2);
  ui.press('cursor.last');
  await ui.until((f) => /\b[2-9]00 loaded/.test(f) || /1,000 loaded/.test(f), 'more pages after G');
});

test('? opens help, generated from the keymap; Esc closes it', async () => {
  const { root } = fakeTree();
  const ui = driver(render(<App path={[root]} />));
  await ui.see('alpha');
  ui.press('help');
  await ui.see('Browsing');
  const first = bindingsFor('browse')[0];
  assert.ok(ui.frame().includes(first.description));
  assert.ok(ui.frame().includes(keyLabel(first.keys[0])));
  ui.press('text.close', 'text');
  await ui.until((f) => !f.includes('Browsing') && f.includes('alpha'), 'help closed');
});

test('/ filters every row and says it covers all of them; Esc clears the filter', async () => {
  const { root } = fakeTree({ items: 300, pageSize: 300 });
  const ui = driver(render(<App path={[root]} />));
  await ui.see('alpha');
  ui.press('open');
  await ui.see('big-collection');
  ui.press('open');
  await ui.see('item-00000');
  ui.press('filter');
  ui.type('0012');
  // The listing is read to its end (one page of 300): the status line says the filter covers all of it.
  await ui.see('filter “0012” · 11 of all 300 match');
  assert.ok(!ui.frame().includes('item-00000'));
  ui.press('filter.accept', 'filter');
  ui.press('back');
  await ui.until((f) => f.includes('item-00000') && !f.includes('filter “'), 'filter cleared');
});

test('leaving a screen aborts its request in flight', async () => {
  const { root, log } = fakeTree({ delayMs: 10_000 });
  const ui = driver(render(<App path={[root]} />));
  await ui.see('alpha');
  ui.press('open');
  await ui.see('big-collection');
  ui.press('open');
  await ui.see('loading…');
  ui.press('back');
  await ui.see('other-collection');
  await waitFor(() => log.aborted === 1, 'the request to be aborted');
  assert.equal(log.requests.length, 1);
});

test('hostile labels never put a raw control byte in the frame', async () => {
  const labels = [
    'esc\u001b[2Jclear', 'osc\u001b]0;pwned\u0007', 'link\u001b]8;;http://x\u001b\\a\u001b]8;;\u001b\\', 'c1\u009b31m',
    'cr\rx', 'bidi\u202eexe', 'iso\u2066x', 'bell\u0007', 'zw\u200b', '日本語', '📦',
  ];
  const { root } = fakeTree({ items: labels.length, labels });
  const ui = driver(render(<App path={[root]} />));
  await ui.see('alpha');
  ui.press('open');
  await ui.see('big-collection');
  ui.press('open');
  await ui.see('osc\\e]0;pwned\\x07');
  // Move over every row so each one is also shown in the detail pane.
  for (let i = 0; i < labels.length; i++) ui.press('cursor.down');
  await ui.see(`${labels.length}/${labels.length}`);
  // Ink's own styling is SGR (ESC [ … m); anything else is a leak.
  const stripped = ui.frame().replace(/\u001b\[[0-9;]*m/g, '');
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b]/.test(stripped), JSON.stringify(stripped));
});

test('keys that arrive in one chunk ("j\\r", as tmux or a fast typist sends them) each count', async () => {
  const { root } = fakeTree();
  const term = render(<App path={[root]} />);
  const ui = driver(term);
  await ui.see('beta');
  term.stdin.write('j\r');
  await ui.see('big-collection');
  assert.match(ui.frame(), /beta/);
});
