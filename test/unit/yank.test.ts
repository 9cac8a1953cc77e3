import { test } from 'node:test';
import assert from 'node:assert/strict';
import { yankChoices } from '../../src/data/yank';
import { namesOf } from '../../src/data/manyActions';
import { node, type NodeType } from '../../src/data/tree';

const t = (name: string) => ({ name, kind: 'item' }) as NodeType;

test('an instance yanks as its id, ARN (with the account) and IPs; nothing empty is offered', () => {
  const n = node(t('ec2.instance'), 'i-0abc', 'i-0abc web-1', { region: 'eu-west-1', instance: { InstanceId: 'i-0abc', PrivateIpAddress: '10.0.0.4' } });
  const ctx = { session: { identity: { state: { status: 'ok', account: '111111111111' } } } } as never;
  assert.deepEqual(
    yankChoices(n, ctx).map((c) => c.value),
    ['i-0abc web-1', 'i-0abc', 'arn:aws:ec2:eu-west-1:111111111111:instance/i-0abc', '10.0.0.4'],
  );
});

test('an object under a prefix yanks as its full key, URI and ARN; a control character is shown escaped, copied raw', () => {
  const n = node(t('s3.object'), 'k', 'x\u001b.log', { bucket: 'b', parent: 'logs/', entry: { key: 'logs/x\u001b.log' } });
  const c = yankChoices(n, {});
  assert.deepEqual(c.map((x) => x.value), ['x\u001b.log', 'logs/x\u001b.log', 's3://b/logs/x\u001b.log', 'arn:aws:s3:::b/logs/x\u001b.log']);
  assert.ok(c.every((x) => !x.label.includes('\u001b')));
});

test('the confirmation names the first three and counts the rest', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'].map((l) => node(t('x'), l, l, null));
  assert.equal(namesOf(rows), 'a, b, c and 2 more');
  assert.equal(namesOf(rows.slice(0, 2)), 'a, b');
});
