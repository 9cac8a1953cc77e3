import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Key } from 'ink';
import { splitRun } from '../../src/hooks/useKeys';
import { keyName } from '../../src/ui/keymap';

const plain = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false } as Key;
const names = (input: string, key: Partial<Key> = {}) => splitRun(input, { ...plain, ...key }).map(([i, k]) => keyName(i, k));

test('a run of plain bytes becomes one key per character', () => {
  assert.deepEqual(names('j\r'), ['j', 'return']);
  assert.deepEqual(names('ab\t\u007f'), ['a', 'b', 'tab', 'backspace']);
  assert.deepEqual(names('\u0004x'), ['ctrl+d', 'x']);
});

test('Esc followed at once by a key is two keys, not Alt+key', () => {
  assert.deepEqual(names(':', { meta: true }), ['escape', ':']);
  assert.deepEqual(names('y', { meta: true }), ['escape', 'y']);
});

test('real keys pass through unchanged', () => {
  assert.deepEqual(names('', { upArrow: true }), ['up']);
  assert.deepEqual(names('', { escape: true, meta: true }), ['escape']);
  assert.deepEqual(names('k'), ['k']);
  assert.deepEqual(names('G', { shift: true }), ['G']);
});

test('a terminal read splits into keys; escape sequences stay whole', async () => {
  const { tokenizeKeys } = await import('../../src/ui/keyStream');
  assert.deepEqual(tokenizeKeys('j\r'), ['j', '\r']);
  assert.deepEqual(tokenizeKeys('\u001b:'), ['\u001b', ':']);
  assert.deepEqual(tokenizeKeys('\u001b\u001b\u001b'), ['\u001b', '\u001b', '\u001b']);
  assert.deepEqual(tokenizeKeys('\u001b[A\u001b[6~k'), ['\u001b[A', '\u001b[6~', 'k']);
  assert.deepEqual(tokenizeKeys('\u001bOB🙂x'), ['\u001bOB', '🙂', 'x']);
  assert.deepEqual(tokenizeKeys('\u001b[1;5C'), ['\u001b[1;5C']);
});
