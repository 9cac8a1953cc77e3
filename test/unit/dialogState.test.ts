// The dialogs' one state (dialogState.ts) and one line editor (lineEdit.ts), as pure functions: each
// key applied to what the key before it left, a late completion never overwriting what was typed, and
// nothing after the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dialogReducer, initDialog, type DialogAction, type DialogState } from '../../src/ui/dialogs/dialogState';
import { editKey, lineOf } from '../../src/ui/dialogs/lineEdit';

const run = (s: DialogState, ...actions: DialogAction[]) => actions.reduce(dialogReducer, s);
const keys = (...names: string[]): DialogAction[] => names.map((key) => ({ type: 'edit', key }));

test('the line editor: a shell\'s keys by name; named keys that are not edits change nothing', () => {
  let l = lineOf('a.csv');
  for (const k of ['left', 'left', 'left', 'left', 'backspace', 'b', 'space']) l = editKey(l, k)!;
  assert.deepEqual(l, { value: 'b .csv', cursor: 2 });
  assert.deepEqual(editKey(l, 'ctrl+u'), { value: '.csv', cursor: 0 });
  assert.deepEqual(editKey(l, 'ctrl+e'), { value: 'b .csv', cursor: 6 });
  assert.deepEqual(editKey(l, 'home'), { value: 'b .csv', cursor: 0 });
  assert.deepEqual(editKey(lineOf('x'), '😀'), { value: 'x😀', cursor: 3 }, 'one character, two UTF-16 units');
  for (const k of ['return', 'escape', 'tab', 'up', 'ctrl+x', '\u0007', '\u009b']) assert.equal(editKey(l, k), undefined, k);
  assert.equal(editKey(lineOf(''), 'backspace')!.value, '');
});

test('a burst of keys: each sees the last one\'s line; a new filter selects its first row; a refusal goes with the text it was about', () => {
  let s = run(initDialog(), ...keys('p', 'r', 'o', 'd'));
  assert.equal(s.line.value, 'prod');
  s = run(s, { type: 'move', by: 1, count: 3 }, { type: 'move', by: 5, count: 3 });
  assert.equal(s.cursor, 2, 'bounded by the rows shown');
  s = run(s, { type: 'refuse', problem: 'no' });
  assert.equal(run(s, ...keys('left')).problem, 'no', 'moving the cursor is not a new text');
  const typed = run(s, ...keys('x'));
  assert.deepEqual([typed.cursor, typed.problem], [0, undefined]);
});

test('a completion that comes back after a key was typed is dropped; one that finds the line as asked is applied', () => {
  const s = run(initDialog('rep'), ...keys('o'));
  assert.equal(run(s, { type: 'completed', asked: 'rep', value: 'reports/', candidates: [] }).line.value, 'repo');
  const applied = run(s, { type: 'completed', asked: 'repo', value: 'reports/', candidates: ['q1.csv', 'q2.csv'] });
  assert.deepEqual([applied.line, applied.candidates], [{ value: 'reports/', cursor: 8 }, ['q1.csv', 'q2.csv']]);
});

test('after the answer nothing changes: the rest of the burst is not the dialog\'s', () => {
  const answered = run(initDialog('ab'), { type: 'answer' });
  assert.equal(run(answered, ...keys('c'), { type: 'paste', text: 'zz' }, { type: 'show-code', open: true }), answered);
});

test('a paste is typed text on one line: its newline does not submit, its controls are dropped', () => {
  const s = run(initDialog('a'), { type: 'paste', text: 'b\u001b]0;x\u0007c\r\n' });
  assert.equal(s.line.value, 'ab]0;xc');
});
