import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keymap, bindingsFor, commandFor } from '../../src/keys/keymap';

test('no key is bound twice within one scope', () => {
  for (const scope of ['browse', 'filter', 'jobs', 'dialog', 'text'] as const) {
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

test('help lists every binding and every : command', async () => {
  const { helpLines } = await import('../../src/hooks/helpLines');
  const { lineCommands } = await import('../../src/hooks/commands');
  const text = helpLines().join('\n');
  for (const b of keymap) assert.ok(text.includes(b.description), b.command);
  for (const c of lineCommands) assert.ok(text.includes(`:${c.name}`), c.name);
});
