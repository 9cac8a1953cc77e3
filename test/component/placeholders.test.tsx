// The empty list's message names the key that clears the filter from the keymap, not a literal.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { EmptyView } from '../../src/ui/Placeholders';
import { keymap } from '../../src/keys/keymap';

afterEach(() => cleanup());

test('a filter that matches nothing says which key clears it, as the keymap binds it', () => {
  const back = keymap.find((b) => b.command === 'back' && b.scope === 'browse')!;
  const saved = back.keys;
  try {
    assert.match(render(<EmptyView width={80} filtered />).lastFrame()!, /No loaded row matches the filter \(Esc clears it\)\./);
    back.keys = ['ctrl+q'];
    assert.match(render(<EmptyView width={80} filtered />).lastFrame()!, /\(Ctrl-Q clears it\)/);
  } finally {
    back.keys = saved;
  }
});
