// Pure pieces of the S3 collection views: sorting loaded rows, content-type matching, the StartAfter
// of a jump, binary detection, and dialogs that wait their turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { node, type Column, type NodeType } from '../../src/data/tree';
import { nextSort, sortIndices } from '../../src/data/sort';
import { matchesType } from '../../src/data/s3/contentType';
import { startAfterFor, labelBase } from '../../src/data/s3/prefixView';
import { compareKeys } from '../../src/data/s3/objects';
import { looksBinary } from '../../src/data/s3/preview';
import { browserReducer, initBrowser, type Modal } from '../../src/hooks/browserReducer';

const leaf: NodeType = { name: 't', kind: 'item' };
const rows = [
  node(leaf, 'a', 'b.txt', { size: 10 }),
  node(leaf, 'b', 'a10.txt', { size: 300 }),
  node(leaf, 'c', 'folder/', { size: undefined }),
  node(leaf, 'd', 'a9.txt', { size: 300 }),
];
const name: Column = { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label, sortValue: (n) => n.label };
const size: Column = { id: 'size', title: 'SIZE', width: 10, align: 'right', cell: () => '', sortValue: (n) => n.record.size };
const at = (i: number) => rows[i];

test('sorting the loaded rows: numbers as numbers, names naturally, no value last, ties stable', () => {
  assert.deepEqual(sortIndices([0, 1, 2, 3], at, name, false), [3, 1, 0, 2]);
  assert.deepEqual(sortIndices([0, 1, 2, 3], at, size, true), [1, 3, 0, 2]);
  assert.deepEqual(sortIndices([0, 1, 2, 3], at, size, false), [0, 1, 3, 2]);
});

test('s walks the sortable columns, then back to none; sizes start largest first', () => {
  const cols = [name, { ...size }, { id: 'class', title: 'CLASS', width: 8, cell: () => '' }];
  assert.deepEqual(nextSort(cols, undefined), { column: 'name', desc: false });
  assert.deepEqual(nextSort(cols, { column: 'name', desc: false }), { column: 'size', desc: true });
  assert.equal(nextSort(cols, { column: 'size', desc: true }), undefined);
});

test('content types match without parameters or case; a family with /*', () => {
  assert.ok(matchesType('text/csv; charset=utf-8', 'text/csv'));
  assert.ok(matchesType('Text/CSV', 'text/csv'));
  assert.ok(!matchesType('text/csvx', 'text/csv'));
  assert.ok(matchesType('image/png', 'image/*'));
  assert.ok(!matchesType('application/json', 'image/*'));
  assert.ok(!matchesType(undefined, 'text/csv'));
});

test('a jump starts after a key just below the target: nothing between them, the target itself included', () => {
  for (const key of ['raw/event-03000.json', 'a', 'k/0900000', 'x/日本', 'x/📦']) {
    const after = startAfterFor(key)!;
    assert.ok(compareKeys(after, key) < 0, key);
    // The previous key anyone would write sorts before `after`.
    assert.ok(compareKeys(key.slice(0, -1), after) < 0, key);
  }
  assert.equal(startAfterFor(''), undefined);
  assert.equal(labelBase('raw/event-0'), 'raw/');
  assert.equal(labelBase('top'), '');
});

test('binary is told from text, including UTF-8 cut mid-character and coloured logs', () => {
  assert.ok(!looksBinary(Buffer.from('hello\tworld\n\u001b[31mred\u001b[0m\n')));
  assert.ok(!looksBinary(Buffer.from('日本語のテキスト').subarray(0, 10)));
  assert.ok(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])));
  assert.ok(looksBinary(Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 7919) % 256 || 1))));
});

test('a dialog asked for while another is open waits its turn; none is dropped', () => {
  const root = node({ name: 'root', kind: 'root' }, 'r', 'r', null);
  const text: Modal = { kind: 'text', title: 'help', lines: [] };
  const confirm: Modal = { kind: 'confirm', title: 'Delete', message: '?', resolve() {} };
  let s = browserReducer(initBrowser([root]), { type: 'open-modal', modal: text });
  s = browserReducer(s, { type: 'open-modal', modal: confirm });
  assert.equal(s.modal, text);
  s = browserReducer(s, { type: 'close-modal' });
  assert.equal(s.modal, confirm);
  s = browserReducer(s, { type: 'close-modal' });
  assert.equal(s.modal, undefined);
});

test('a line being typed: insert at the cursor, move, erase, and keys that are not edits', async () => {
  const { editLine, lineOf } = await import('../../src/ui/dialogs/lineEdit');
  const k = (over: Record<string, boolean> = {}) => ({ leftArrow: false, rightArrow: false, home: false, end: false, ctrl: false, meta: false, backspace: false, delete: false, return: false, escape: false, tab: false, ...over }) as never;
  let l = lineOf('/tmp/a.csv');
  l = editLine(l, '', k({ leftArrow: true }))!;
  l = editLine(l, '', k({ leftArrow: true }))!;
  l = editLine(l, '', k({ leftArrow: true }))!;
  l = editLine(l, '', k({ leftArrow: true }))!;
  l = editLine(l, '', k({ delete: true }))!;
  l = editLine(l, 'b', k())!;
  assert.deepEqual(l, { value: '/tmp/b.csv', cursor: 6 });
  assert.equal(editLine(l, '', k({ return: true })), undefined);
  assert.equal(editLine(l, '\u001b', k()), undefined);
  assert.deepEqual(editLine(l, 'u', k({ ctrl: true })), { value: '.csv', cursor: 0 });
});
