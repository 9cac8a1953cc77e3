import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFilters, withFilter, type InstanceFilter } from '../../src/data/ec2/filter';

test(':tag Name=web matches as a prefix; a wildcard or == keeps the value as typed; KEY alone is any value', () => {
  const f = (arg: string) => toFilters(withFilter(undefined, 'tag', arg) as InstanceFilter);
  assert.deepEqual(f('Name=web'), [{ Name: 'tag:Name', Values: ['web*'] }]);
  assert.deepEqual(f('Name=w?b-*'), [{ Name: 'tag:Name', Values: ['w?b-*'] }]);
  assert.deepEqual(f('Name==web'), [{ Name: 'tag:Name', Values: ['web'] }]);
  assert.deepEqual(f('team'), [{ Name: 'tag-key', Values: ['team'] }]);
});
