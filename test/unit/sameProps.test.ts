import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameProps } from '../../src/ui/sameProps';

test('props rebuilt with the same values count as the same; a changed value or function does not', () => {
  const f = () => 1;
  const props = () => ({ title: 'a', fields: [{ label: 'Key', value: 'k' }], hints: [{ key: 'j', label: 'move' }], at: f, width: 40 });
  assert.ok(sameProps(props(), props()));
  assert.ok(!sameProps(props(), { ...props(), fields: [{ label: 'Key', value: 'other' }] }));
  assert.ok(!sameProps(props(), { ...props(), fields: [] }));
  assert.ok(!sameProps(props(), { ...props(), at: () => 1 }));
  assert.ok(!sameProps({ e: new Error('a') }, { e: new Error('a') }), 'class instances compare by reference');
});
