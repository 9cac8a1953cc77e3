import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseKey, keyName } from '../../src/hooks/useKeys';
import { tokenizeKeys } from '../../src/keys/keyStream';

/** What useKeys delivers for one read of terminal input: the names of the keys, in order. */
const names = (read: string) => tokenizeKeys(read).map((k) => keyName(...parseKey(k)));

test('a run of plain bytes becomes one key per character', () => {
  assert.deepEqual(names('j\r'), ['j', 'return']);
  assert.deepEqual(names('ab\t\u007f'), ['a', 'b', 'tab', 'backspace']);
  assert.deepEqual(names('\u0004x'), ['ctrl+d', 'x']);
});

test('Esc followed at once by a key is two keys, not Alt+key', () => {
  assert.deepEqual(names('\u001b:'), ['escape', ':']);
  assert.deepEqual(names('\u001by'), ['escape', 'y']);
  assert.deepEqual(names('\u001b\u001b'), ['escape', 'escape']);
});

test('the terminal sequences of bound keys are recognised', () => {
  assert.deepEqual(names('\u001b[A\u001bOB\u001b[5~\u001b[6~\u001b[H\u001b[4~'), ['up', 'down', 'pageup', 'pagedown', 'home', 'end']);
  assert.deepEqual(names('kG'), ['k', 'G']);
  // An unknown sequence is one key that matches nothing, never a burst of stray characters.
  assert.deepEqual(names('\u001b[1;5C'), ['']);
});

test('a terminal read splits into keys; escape sequences stay whole', async () => {
  const { tokenizeKeys } = await import('../../src/keys/keyStream');
  assert.deepEqual(tokenizeKeys('j\r'), ['j', '\r']);
  assert.deepEqual(tokenizeKeys('\u001b:'), ['\u001b', ':']);
  assert.deepEqual(tokenizeKeys('\u001b\u001b\u001b'), ['\u001b', '\u001b', '\u001b']);
  assert.deepEqual(tokenizeKeys('\u001b[A\u001b[6~k'), ['\u001b[A', '\u001b[6~', 'k']);
  assert.deepEqual(tokenizeKeys('\u001bOB🙂x'), ['\u001bOB', '🙂', 'x']);
  assert.deepEqual(tokenizeKeys('\u001b[1;5C'), ['\u001b[1;5C']);
});

test('a bracketed paste within one read stays one token', async () => {
  const { tokenizeKeys } = await import('../../src/keys/keyStream');
  assert.deepEqual(tokenizeKeys('x\u001b[200~a b\r\u001b[201~y'), ['x', '\u001b[200~a b\r\u001b[201~', 'y']);
});
