// The quoting of every language, proven by the language itself: each string, written as a bash word,
// a Python literal and a JS literal, must come back byte for byte when bash, python3 and node print it —
// controls, newlines, bidi overrides and noncharacters included (they are written as escapes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { jsStr, pyStr, shellQuote } from '../../src/data/code/quote';
import { PYTHON } from '../helpers/codeRun';

const STRINGS = [
  'plain',
  'a b',
  "it's",
  '"double"',
  '$HOME $(rm -rf /) `id` ${x}',
  'back\\slash \\n not a newline',
  '-leading-dash',
  'new\nline\r\ttab',
  'esc \u001b]0;title\u0007 c1 \u009b',
  'bidi \u202efdp.exe \u2066iso\u2069',
  'zero\u200bwidth \ufeffbom',
  'unicode café 日本語 😀',
  'nonchar \u{10ffff} \uffff',
  "all ' \" \\ $ ` ! * ? [ ] { } ; & | < > # ~ %",
];

const utf8 = (s: string) => Buffer.from(s, 'utf8');

test('bash: each word is the string, byte for byte', () => {
  for (const s of STRINGS) {
    const out = execFileSync('/bin/bash', ['-c', `printf '%s' ${shellQuote(s)}`], { env: { LC_ALL: 'C.UTF-8' } });
    assert.deepEqual(out, utf8(s), `bash word for ${JSON.stringify(s)}: ${shellQuote(s)}`);
  }
});

test('python3: each literal is the string', (t) => {
  if (!existsSync(PYTHON)) return t.skip(`${PYTHON} is not installed`);
  for (const s of STRINGS) {
    const out = execFileSync(PYTHON, ['-c', `import sys; sys.stdout.buffer.write(${pyStr(s)}.encode('utf-8'))`]);
    assert.deepEqual(out, utf8(s), `Python literal for ${JSON.stringify(s)}: ${pyStr(s)}`);
  }
});

test('node: each literal is the string', () => {
  for (const s of STRINGS) {
    const out = execFileSync(process.execPath, ['-e', `process.stdout.write(${jsStr(s)})`]);
    assert.deepEqual(out, utf8(s), `JS literal for ${JSON.stringify(s)}: ${jsStr(s)}`);
  }
});

test('what a terminal would act on is never written raw into the code', () => {
  for (const s of STRINGS) {
    for (const q of [shellQuote(s), pyStr(s), jsStr(s)]) assert.ok(!/[\u0000-\u001f\u007f-\u009f\u202e\u2066\u2069\u200b\ufeff\u{10ffff}]/u.test(q), q);
  }
});
