// Re-rooting a path under another profile: as much of the old path as still exists, found by id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reroot } from '../../src/data/reroot';
import { node, type NodeType, type TreeNode } from '../../src/data/tree';

/** A node whose children are the given ids (one page each of `perPage`), each with the same shape below. */
function tree(levels: Record<string, string[]>, perPage = 2, fail?: string): NodeType<string> {
  const t: NodeType<string> = {
    name: 'n',
    kind: 'collection',
    async *children(n) {
      if (n.id === fail) throw Object.assign(new Error('denied'), { name: 'AccessDenied' });
      const ids = levels[n.id] ?? [];
      for (let i = 0; i < ids.length; i += perPage) yield { items: ids.slice(i, i + perPage).map((id) => node(t, id, id, id)) };
    },
  };
  return t;
}

const path = (t: NodeType<string>, ...ids: string[]): TreeNode[] => ids.map((id) => node(t, id, id, id));
const ids = (p: TreeNode[]) => p.map((n) => n.id);

test('keeps every level that exists under the new root, and names the first that does not', async () => {
  const t = tree({ prod: ['s3'], s3: ['a', 'b', 'logs'], logs: ['2024/'] });
  const old = path(t, 's3', 'logs', '2023/');
  const r = await reroot(path(t, 'root', 'prod'), old, new AbortController().signal);
  assert.deepEqual(ids(r.path), ['root', 'prod', 's3', 'logs']);
  assert.deepEqual(r.rows, [0, undefined], 'logs is the 3rd bucket but not on the first page of 2');
  assert.equal(r.missing?.id, '2023/');
  assert.equal(r.error, undefined);
});

test('looks a few pages deep at most; an error listing a level stops there and says why', async () => {
  const t = tree({ prod: ['s3'], s3: ['a', 'b', 'c', 'd', 'e', 'f', 'logs'] }, 2);
  const far = await reroot(path(t, 'root', 'prod'), path(t, 's3', 'logs'), new AbortController().signal, 3);
  assert.deepEqual(ids(far.path), ['root', 'prod', 's3']);
  const near = await reroot(path(t, 'root', 'prod'), path(t, 's3', 'logs'), new AbortController().signal, 4);
  assert.deepEqual(ids(near.path), ['root', 'prod', 's3', 'logs']);
  const denied = tree({ prod: ['s3'] }, 2, 's3');
  const r = await reroot(path(denied, 'root', 'prod'), path(denied, 's3', 'logs'), new AbortController().signal);
  assert.deepEqual(ids(r.path), ['root', 'prod', 's3']);
  assert.equal((r.error as Error).name, 'AccessDenied');
});
