import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitize } from '../../src/data/sanitize';

const hostile = [
  'esc\u001b[2Jclear',
  'osc\u001b]0;pwned\u0007title',
  'link\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\',
  'bell\u0007',
  'c1\u009b31m',
  'cr\rover',
  'nl\nline',
  'bidi\u202eexe.txt',
  'iso\u2066x\u2069',
  'zw\u200bsp',
  'bom\ufeff',
  'del\u007f',
  'lone\ud800surrogate',
];

test('no raw control, escape, bidi or zero-width character survives', () => {
  for (const s of hostile) {
    const out = sanitize(s);
    assert.ok(!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]/.test(out), JSON.stringify(out));
    assert.equal(sanitize(out), out, 'sanitising twice changes nothing more');
  }
});

test('escapes are visible and readable', () => {
  assert.equal(sanitize('a\u001b[2Jb'), 'a\\e[2Jb');
  assert.equal(sanitize('x\ty\nz\r'), 'x\\ty\\nz\\r');
  assert.equal(sanitize('\u009b'), '\\x9b');
  assert.equal(sanitize('\u202e'), '\\u202e');
});

test('ordinary text, CJK, emoji and combining marks pass unchanged', () => {
  for (const s of ['logs/2024/01/01/a.json', '日本語/ファイル.txt', '📦 box', 'e\u0301te', 'über']) {
    assert.equal(sanitize(s), s);
  }
});
