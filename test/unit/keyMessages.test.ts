import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keymap } from '../../src/keys/keymap';
import { explain } from '../../src/data/errors';

// A message that names a key reads it from the keymap: rebinding refresh and back changes the hints.
test('error hints name the keys the keymap binds, not literals', () => {
  const refresh = keymap.find((b) => b.command === 'refresh' && b.scope === 'browse')!;
  const back = keymap.find((b) => b.command === 'back' && b.scope === 'browse')!;
  const saved = [refresh.keys, back.keys];
  try {
    assert.match(explain({ name: 'NoSuchKey', message: 'gone' }, 'a.txt').hint, /\(Esc\).*\(r\)/);
    refresh.keys = ['Z'];
    back.keys = ['ctrl+q'];
    const hint = explain({ name: 'NoSuchKey', message: 'gone' }, 'a.txt').hint;
    assert.match(hint, /go back \(Ctrl-Q\) and refresh \(Z\)/);
    assert.match(explain({ name: 'Weird', message: 'x' }, 'a').hint, /^Retry \(Z\), or go back \(Ctrl-Q\)\.$/);
    assert.match(explain({ name: 'InternalError', message: 'x', $metadata: { httpStatusCode: 503 } }, 'a').hint, /retry \(Z\)/);
  } finally {
    [refresh.keys, back.keys] = saved;
  }
});
