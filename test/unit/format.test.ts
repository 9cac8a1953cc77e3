import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import { formatBytes, formatCount, formatDate } from '../../src/data/format';
import { fit } from '../../src/hooks/fit';
import { columnWidths, rowCells } from '../../src/ui/columns';
import { node, type Column } from '../../src/data/tree';
import { decodeKey, entriesOf, compareKeys } from '../../src/data/s3/objects';

test('bytes, counts and dates', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1536), '1.5 KiB');
  assert.equal(formatBytes(50 * 1024 * 1024), '50 MiB');
  assert.equal(formatBytes(undefined), '');
  assert.equal(formatCount(1234567), '1,234,567');
  assert.equal(formatDate(new Date('2024-11-03T10:20:30Z')), '2024-11-03 10:20');
});

test('fit pads and truncates by display width', () => {
  for (const s of ['short', 'a much longer string than fits', '日本語のファイル名です', '📦📦📦📦📦📦', 'e\u0301e\u0301e\u0301']) {
    for (const w of [1, 5, 10, 13]) assert.equal(stringWidth(fit(s, w)), w, `${s} @ ${w}`);
  }
  assert.equal(fit('abc', 5, 'right'), '  abc');
});

test('rows of hostile labels keep the same rendered width', () => {
  const cols: Column[] = [
    { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label },
    { id: 'size', title: 'SIZE', width: 8, align: 'right', cell: () => '1 KiB' },
  ];
  const widths = columnWidths(cols, 60);
  const t = { name: 't', kind: 'item' as const };
  const labels = ['plain', '\u001b]0;x\u0007', '日本語'.repeat(20), 'e\u0301'.repeat(50), '\u202eabc', '🙂'.repeat(40)];
  for (const l of labels) {
    const line = rowCells(node(t, l, l, null), cols, widths).join('  ');
    assert.equal(stringWidth(line), 60, JSON.stringify(l));
  }
});

test('S3 keys: url-decoding, and folders merged with objects in UTF-8 byte order', () => {
  assert.equal(decodeKey('a+b%2Fc%1B'), 'a b/c\u001b');
  const out = entriesOf({
    $metadata: {},
    EncodingType: 'url',
    CommonPrefixes: [{ Prefix: 'b%2F' }, { Prefix: 'd/' }],
    Contents: [{ Key: 'a' }, { Key: 'c' }, { Key: '%F0%9F%99%82' }],
  });
  assert.deepEqual(out.map((e) => e.key), ['a', 'b/', 'c', 'd/', '🙂']);
  assert.ok(compareKeys('\uffff', '🙂') < 0, 'astral characters sort after the BMP, as in UTF-8');
});
