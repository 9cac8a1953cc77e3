import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keymap, bindingsFor, commandFor } from '../../src/keys/keymap';

test('no key is bound twice within one scope', () => {
  for (const scope of new Set(keymap.map((b) => b.scope))) {
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

test('every action key the keymap binds is an action some node type has (the catalog finds it)', async () => {
  const { allActions } = await import('../../src/data/actionCatalog');
  const commands = new Set(allActions().map((a) => a.command));
  for (const b of keymap.filter((x) => x.command.startsWith('action.'))) assert.ok(commands.has(b.command), `${b.command} is bound but no node type has it`);
});

test('help marks exactly the actions whose spec mutates as asking first and absent in read-only', async () => {
  const { helpLines } = await import('../../src/hooks/helpLines');
  const { mutatingCommands } = await import('../../src/data/actionCatalog');
  const mutating = new Set(mutatingCommands());
  // Start and launch change AWS too (issue 17: the keymap's own list had missed them).
  assert.ok(mutating.has('action.start') && mutating.has('action.launch'));
  const text = helpLines();
  for (const b of bindingsFor('browse').filter((x) => x.command.startsWith('action.'))) {
    const line = text.find((l) => l.includes(b.description))!;
    assert.equal(line.endsWith('(asks first; not in read-only)'), mutating.has(b.command), line);
  }
});

test('help lists the keys that are off where it was opened, each with its reason', async () => {
  const { helpLines } = await import('../../src/hooks/helpLines');
  const text = helpLines([{ command: 'action.stop', why: 'Not here: stop needs an instance that is pending or running; this one is terminated.' }]);
  const at = text.indexOf('Off here');
  assert.ok(at >= 0);
  assert.match(text[at + 1], /X\s+Stop the selected instance/);
  assert.match(text[at + 2], /off: Not here: stop needs an instance that is pending or running; this one is terminated\./);
  assert.ok(!helpLines().includes('Off here'), 'nothing off: no such section');
});
