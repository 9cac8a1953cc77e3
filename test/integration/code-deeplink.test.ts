// Deep links against the sandbox: the path a link makes is the path walking would have made (same
// node types and ids), and its last listing is the one asked for.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { profileNode, type ProfileRecord } from '../../src/data/root';
import { childContext } from '../../src/data/context';
import { deepLinkPath, parseDeepLink } from '../../src/data/deepLink';
import type { Session } from '../../src/data/session';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
let session: Session;
const root = node({ name: 'root', kind: 'root' }, 'root', 'profiles', null);
let dev: TreeNode<ProfileRecord>;

before(async () => {
  sandbox = await startSandbox();
  session = sandboxSession(sandbox.url);
  dev = node(profileNode, 'dev', 'dev', { session });
});
after(() => sandbox?.close());

function open(link: string, defaultProfile?: string): TreeNode[] {
  const parsed = parseDeepLink(link);
  assert.notEqual(typeof parsed, 'string', String(parsed));
  const path = deepLinkPath(root, (n) => (n === 'dev' ? dev : undefined), parsed as Exclude<typeof parsed, string>, defaultProfile);
  assert.ok(Array.isArray(path), String(path));
  return path;
}

async function firstPage(path: TreeNode[]) {
  let ctx = {};
  for (const n of path.slice(0, -1)) ctx = childContext(n, ctx);
  const last = path[path.length - 1];
  for await (const page of last.type.children!(last, childContext(last, ctx), { signal: new AbortController().signal })) return page.items;
  return [];
}

/** The same levels walking would open: each node is found in its parent's listing by type and id. */
async function walkable(path: TreeNode[]) {
  for (let i = 2; i < path.length; i++) {
    const parent = path.slice(0, i);
    const items = await firstPage(parent);
    const n = path[i];
    if (n.type.name === 's3.prefix' && (n.record as { from?: string }).from !== undefined) continue;
    assert.ok(items.some((c) => c.id === n.id && c.type.name === n.type.name && c.label === n.label), `${n.type.name} ${n.id} is in ${parent.at(-1)!.label}'s listing`);
  }
}

test('s3://bucket/prefix/ opens the folder, one screen per folder (with the default profile)', async () => {
  const path = open('s3://dev-logs/raw/', 'dev');
  assert.deepEqual(path.map((n) => n.type.name), ['root', 'profile', 's3', 's3.bucket', 's3.prefix']);
  const items = await firstPage(path);
  assert.ok(items.length > 0 && items.every((c) => (c.record.entry?.key ?? c.record.prefix).startsWith('raw/')));
  await walkable(path);
});

test('s3://bucket/folder/key opens the folder from that key (StartAfter)', async () => {
  const first = (await firstPage(open('s3://dev-logs/raw/', 'dev'))).filter((c) => c.record.entry)[5];
  const path = open(`s3://dev-logs/${first.record.entry.key}`, 'dev');
  const items = await firstPage(path);
  assert.equal(items[0].record.entry.key, first.record.entry.key);
});

test('--path dev/ec2/us-east-1 opens that region\'s instances; an unknown profile says so', async () => {
  const path = open('dev/ec2/us-east-1');
  assert.deepEqual(path.map((n) => n.type.name), ['root', 'profile', 'ec2', 'ec2.instances']);
  const items = await firstPage(path);
  assert.ok(items.length > 0 && items.every((c) => c.record.region === 'us-east-1'));
  await walkable(path);
  const missing = deepLinkPath(root, () => undefined, parseDeepLink('nobody/ec2') as { profile: string });
  assert.match(String(missing), /No profile "nobody"/);
  assert.match(String(parseDeepLink('dev/lambda')), /not a service/);
});
