// What the action keys offer and why the rest are off (useAvailableActions' availability), on the
// real instance actions: the reasons are the ones the key says and help lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { node } from '../../src/data/tree';
import { ec2Instances, instanceNode } from '../../src/data/ec2/nodes';
import { availability, READ_ONLY } from '../../src/hooks/useAvailableActions';

const list = node(ec2Instances, 'eu-west-1', 'eu-west-1', { region: 'eu-west-1' });
const inst = (id: string, state: string) => instanceNode('eu-west-1', { InstanceId: id, State: { Name: state } } as never);
const commands = (a: ReturnType<typeof availability>) => a.actions.map((s) => s.command).sort();

test('a terminated instance: no state change offered, each key says why; launch and wait still are', () => {
  const a = availability(inst('i-1', 'terminated'), list, false, []);
  assert.deepEqual(commands(a), ['action.launch', 'action.wait']);
  assert.equal(a.offReason('action.stop'), 'Not here: stop needs an instance that is pending or running; this one is terminated.');
  assert.equal(a.offReason('action.terminate'), a.withheld.find((w) => w.spec.command === 'action.terminate')!.why);
  assert.match(a.offReason('action.terminate')!, /this one is terminated/);
  // A key of another service says what it would do here, and is not counted as withheld.
  assert.equal(a.offReason('action.download'), 'Not here: this key would download the selected object.');
  assert.ok(!a.withheld.some((w) => w.spec.command === 'action.download'));
});

test('read-only: every mutating action is off because of it (before any state reason); wait is not', () => {
  const a = availability(inst('i-1', 'terminated'), list, true, []);
  assert.deepEqual(commands(a), ['action.wait']);
  for (const c of ['action.start', 'action.stop', 'action.reboot', 'action.terminate', 'action.launch'] as const) assert.equal(a.offReason(c), READ_ONLY, c);
});

test('with rows marked, a row action is offered when it fits any marked row, wherever the cursor is', () => {
  const a = availability(inst('i-1', 'terminated'), list, false, [inst('i-1', 'terminated'), inst('i-2', 'running')]);
  assert.ok(commands(a).includes('action.stop'));
  assert.equal(a.offReason('action.stop'), undefined);
  // Start fits neither: the reason is the first marked row's.
  assert.match(a.offReason('action.start')!, /start needs an instance that is stopped; this one is terminated/);
});
