import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keymap, bindingsFor, commandFor } from '../../src/ui/keymap';

test('no key is bound twice within one scope', () => {
  for (const scope of ['browse', 'filter', 'help'] as const) {
    const seen = new Map<string, string>();
    for (const b of bindingsFor(scope)) {
      for (const k of b.keys) {
        assert.ok(!seen.has(k), `${scope}: ${k} is bound to ${seen.get(k)} and ${b.command}`);
        seen.set(k, b.command);
      }
    }
  }
});

test('every binding has a description, and lookups find it', () => {
  for (const b of keymap) {
    assert.ok(b.description.length > 3, b.command);
    for (const k of b.keys) assert.equal(commandFor(b.scope, k), b.command);
  }
});
