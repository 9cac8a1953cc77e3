// formatCount groups whole numbers itself (start-up: no ICU number formatting for the first frame's
// counts); what it prints must stay exactly what toLocaleString('en-US') prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCount } from '../../src/data/format';

test('formatCount prints what toLocaleString("en-US") prints, for whole numbers and the rest', () => {
  const values = [0, -0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10000, 99999, 100000, 123456, 999999, 1000000, 1234567, 12345678, 1e9, 2 ** 40, Number.MAX_SAFE_INTEGER];
  for (const v of [...values, ...values.map((x) => -x), 1.5, -2.25, 1234.5678, 1e21, NaN, Infinity, -Infinity]) {
    assert.equal(formatCount(v), v.toLocaleString('en-US'), String(v));
  }
  for (let i = 0; i < 2000; i++) {
    const v = Math.floor(Math.random() * 10 ** (1 + (i % 15))) * (i % 2 ? -1 : 1);
    assert.equal(formatCount(v), v.toLocaleString('en-US'), String(v));
  }
});
