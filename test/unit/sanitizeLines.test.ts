// What issue 12 added to the sanitiser: invisible characters that make two names look alike (the soft
// hyphen, Unicode tag characters), and a form for the log that keeps its line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitize, sanitizeLines } from '../../src/data/sanitize';

test('soft hyphens, tag characters and the Mongolian vowel separator are shown', () => {
  assert.equal(sanitize('pass\u00adword'), 'pass\\xadword');
  assert.equal(sanitize('a\u{e0041}\u{e007f}b'), 'a\\u{e0041}\\u{e007f}b');
  assert.equal(sanitize('x\u180ey'), 'x\\u180ey');
  assert.equal(sanitize(sanitize('a\u{e0041}')), sanitize('a\u{e0041}'), 'sanitising twice changes nothing more');
});

test('for the log, each line is sanitised and the breaks kept', () => {
  const out = sanitizeLines('Error: \u001b]0;pwned\u0007\r\n    at f (\u202eevil.js:1:1)\n');
  assert.equal(out, 'Error: \\e]0;pwned\\x07\n    at f (\\u202eevil.js:1:1)\n');
  assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(out));
});
