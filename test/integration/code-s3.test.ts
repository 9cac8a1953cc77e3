// The code view's S3 programs, run for real against the sandbox: the AWS CLI command (Debian's
// awscli), both boto3 styles (Debian's python3-boto3) and the JS SDK code must list exactly the keys
// and versions awsnav's own listing shows, with keys that need quoting in every language, and must
// send as many requests as the page size implies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startSandbox, MemoryBucketStore, type Sandbox } from '../../src/sandbox/index';
import { node, type TreeNode } from '../../src/data/tree';
import { s3Prefix } from '../../src/data/s3/nodes';
import { s3Versions, type VersionRecord } from '../../src/data/s3/versionNodes';
import { compareKeys } from '../../src/data/s3/objects';
import { ContentTypeScan } from '../../src/data/s3/contentType';
import type { Session } from '../../src/data/session';
import { actionRequest, itemRequests, listingRequest } from '../../src/data/code/subject';
import { codeTabs, type CodeTab } from '../../src/data/code/index';
import { rawCaption } from '../../src/data/raw';
import { collect, ctxOf, sandboxSession } from '../helpers/sessions';
import { codeEnv, linesOf, missingTool, runTab, type CodeEnv } from '../helpers/codeRun';

// Keys that break naive quoting somewhere: spaces, both quotes, `$`, backslash, a leading dash,
// '+' (S3's url encoding writes a space as '+'), unicode in the BMP and beyond it.
// The prefixes themselves need quoting: they are what the code carries.
const MIXED = `it's "q" $HOME \\back 日本 😀/`;
const FLAT = `-flat 'a' $(x) \\ é/`;
const HOSTILE = ['a b.txt', "it's.txt", '"quoted".txt', '$HOME and $(date).txt', 'back\\slash', '-dash', 'plus+sign', 'café.txt', '日本語.txt', 'emoji 😀.txt', '`tick`'];

let sandbox: Sandbox;
let session: Session;
let client: S3Client;
let code: CodeEnv;
const skips: Partial<Record<CodeTab['id'], string>> = {};

before(async () => {
  sandbox = await startSandbox({
    s3Buckets: [
      { account: 'dev', name: 'code-keys', store: new MemoryBucketStore(undefined) },
      { account: 'dev', name: 'code-versions', store: new MemoryBucketStore('Enabled') },
      { account: 'dev', name: 'code-delete', store: new MemoryBucketStore(undefined) },
    ],
  });
  session = sandboxSession(sandbox.url);
  client = await session.s3();
  code = codeEnv();
  for (const id of ['cli', 'boto3', 'resource', 'js'] as const) {
    const why = await missingTool(id);
    if (why) skips[id] = why;
  }
  const keys = [
    ...HOSTILE.map((k) => `${MIXED}${k}`),
    `${MIXED}sub dir/x.txt`,
    `${MIXED}it's a folder/y.txt`,
    `${MIXED}日本/z.txt`,
    ...HOSTILE.map((k) => `${FLAT}${k}`),
    ...Array.from({ length: 20 }, (_, i) => `${FLAT}k-${String(i).padStart(4, '0')}`),
    `${FLAT}deep/er/key.txt`,
    `${FLAT.slice(0, -1)}ter.txt`,
  ];
  await Promise.all(keys.map((Key) => client.send(new PutObjectCommand({ Bucket: 'code-keys', Key, Body: Key }))));
  const types = ['text/csv', 'text/csv; charset=utf-8', 'application/json', 'image/png'];
  await Promise.all(
    // Four keys: the CLI's loop starts the CLI once per key, a second or more each.
    HOSTILE.slice(0, 4).map((k, i) => client.send(new PutObjectCommand({ Bucket: 'code-keys', Key: `typed/${k}`, Body: k, ContentType: types[i % types.length] }))),
  );
  for (const k of ['v/a b.txt', "v/it's.txt", "v/it's.txt.bak", 'v/$x.txt', 'v/ünï.txt', 'vv.txt']) {
    await client.send(new PutObjectCommand({ Bucket: 'code-versions', Key: k, Body: '1' }));
    await client.send(new PutObjectCommand({ Bucket: 'code-versions', Key: k, Body: '2' }));
  }
  await client.send(new DeleteObjectCommand({ Bucket: 'code-versions', Key: "v/it's.txt" }));
});
after(async () => {
  code?.cleanup();
  await sandbox?.close();
});

const sorted = (xs: string[]) => [...xs].sort(compareKeys);
const lists = (ops: string[], bucket: string) => sandbox.requests.filter((r) => ops.includes(r.op) && r.bucket === bucket).length;

/** What awsnav itself lists for the node (its children's keys), and in how many pages. */
async function awsnavKeys(n: TreeNode, pageSize?: number): Promise<{ keys: string[]; pages: number }> {
  const { items, pages } = await collect(n.type.children!(n, ctxOf(session), { signal: new AbortController().signal, pageSize }));
  return { keys: items.map((c) => (c.record.entry?.key ?? c.record.prefix) as string), pages };
}

/** The keys a tab's program printed. */
function keysFrom(tab: CodeTab, out: string): string[] {
  // The CLI prints the response as JSON; its client-side loops (content type) print a key per line.
  if (tab.id !== 'cli' || !out.trimStart().startsWith('{')) return linesOf(out);
  const json = out.trim() ? JSON.parse(out) : {};
  return [...(json.CommonPrefixes ?? []).map((p: { Prefix: string }) => p.Prefix), ...(json.Contents ?? []).map((o: { Key: string }) => o.Key)];
}

/** Runs every tab for the node's listing and checks it against awsnav's listing; page counts per tool. */
async function checkListing(t: { skip(m: string): void }, n: TreeNode, pageSize: number | undefined, requestsPerTool?: number) {
  const want = await awsnavKeys(n, pageSize);
  assert.ok(want.keys.length > 0, 'the listing is not empty');
  const request = listingRequest(n, session, { pageSize })!;
  const skipped: string[] = [];
  for (const tab of codeTabs(request)) {
    if (skips[tab.id]) {
      skipped.push(`${tab.title}: ${skips[tab.id]}`);
      continue;
    }
    const before = lists(['ListObjectsV2', 'ListObjects'], 'code-keys');
    const got = keysFrom(tab, await runTab(tab, code.env));
    assert.deepEqual(sorted(got), sorted(want.keys), `${tab.title} lists what awsnav lists`);
    assert.equal(new Set(got).size, got.length, `${tab.title}: every key once`);
    const sent = lists(['ListObjectsV2', 'ListObjects'], 'code-keys') - before;
    // The resource tab's folder view adds the client paginator's requests to the collection's.
    if (requestsPerTool !== undefined) assert.equal(sent, requestsPerTool * (tab.id === 'resource' && request.input && 'Delimiter' in request.input && (request.input as { Delimiter?: string }).Delimiter ? 2 : 1), `${tab.title}: ${requestsPerTool} request(s) of ${pageSize}`);
  }
  if (skipped.length) t.skip(skipped.join('; '));
  return want;
}

const prefixNode = (prefix: string, extra: object = {}) => node(s3Prefix, prefix, prefix, { bucket: 'code-keys', prefix, ...extra });

test('a prefix with a delimiter: folders and objects, hostile keys and folder names', async (t) => {
  const want = await checkListing(t, prefixNode(MIXED), undefined, 1);
  assert.ok(want.keys.includes(`${MIXED}it's a folder/`) && want.keys.includes(`${MIXED}$HOME and $(date).txt`));
});

test('a flat prefix with page size 7: every key, in as many requests as pages of 7', async (t) => {
  const n = prefixNode(FLAT, { flat: true });
  const want = await awsnavKeys(n, 7);
  assert.equal(want.keys.length, HOSTILE.length + 21);
  await checkListing(t, n, 7, Math.ceil(want.keys.length / 7));
});

test(':jump (StartAfter): the listing from a key on, nothing before it', async (t) => {
  const here = prefixNode(FLAT, { flat: true });
  const jumped = s3Prefix.seek!(here, { from: "emoji 😀.txt" })!;
  const want = await checkListing(t, jumped, 5);
  assert.equal(want.keys[0], `${FLAT}emoji 😀.txt`, 'starts at the key itself');
  assert.ok(!want.keys.includes(`${FLAT}café.txt`) && want.keys.includes(`${FLAT}日本語.txt`));
});

test('a content-type filter (no server-side form): the client-side HeadObject loop finds what awsnav finds', async (t) => {
  const n = prefixNode('typed/', { contentType: 'text/csv', scan: new ContentTypeScan('text/csv') });
  const want = await checkListing(t, n, 4);
  assert.deepEqual(sorted(want.keys), sorted(HOSTILE.slice(0, 4).filter((_, i) => i % 4 < 2).map((k) => `typed/${k}`)));
});

test('the / filter (awsnav\'s own, on the names shown, any case): each tool filters the same way', async (t) => {
  const n = prefixNode(MIXED);
  const needle = "IT'S";
  const all = await awsnavKeys(n);
  const want = all.keys.filter((k) => k.slice(MIXED.length).toLowerCase().includes(needle.toLowerCase()));
  assert.deepEqual(sorted(want), sorted([`${MIXED}it's.txt`, `${MIXED}it's a folder/`]));
  const skipped: string[] = [];
  for (const tab of codeTabs(listingRequest(n, session, { filter: needle })!)) {
    if (skips[tab.id]) {
      skipped.push(`${tab.title}: ${skips[tab.id]}`);
      continue;
    }
    assert.deepEqual(sorted(linesOf(await runTab(tab, code.env))), sorted(want), `${tab.title} filters as awsnav does`);
  }
  if (skipped.length) t.skip(skipped.join('; '));
});

async function checkVersions(t: { skip(m: string): void }, n: TreeNode, count: number) {
  const { items } = await collect(n.type.children!(n, ctxOf(session), { signal: new AbortController().signal, pageSize: 3 }));
  const want = items.map((i) => `${(i.record as VersionRecord).entry.versionId} ${(i.record as VersionRecord).entry.key}`);
  assert.equal(want.length, count);
  const request = listingRequest(n, session, { pageSize: 3 })!;
  const skipped: string[] = [];
  for (const tab of codeTabs(request)) {
    if (skips[tab.id]) {
      skipped.push(`${tab.title}: ${skips[tab.id]}`);
      continue;
    }
    const out = await runTab(tab, code.env);
    const got =
      tab.id === 'cli'
        ? ((j) => [...(j.Versions ?? []), ...(j.DeleteMarkers ?? [])].map((v: { VersionId: string; Key: string }) => `${v.VersionId} ${v.Key}`))(JSON.parse(out))
        : linesOf(out);
    assert.deepEqual([...got].sort(), [...want].sort(), `${tab.title} lists the versions awsnav lists`);
  }
  if (skipped.length) t.skip(skipped.join('; '));
}

test('object versions (and delete markers) under a prefix: the same version ids', async (t) => {
  // Two versions of five keys and a delete marker (vv.txt is not under v/).
  await checkVersions(t, node(s3Versions, 'versions:v/', 'v/', { bucket: 'code-versions', prefix: 'v/' }), 11);
});

test("one key's versions (V on an object): not those of a longer key it is a prefix of", async (t) => {
  await checkVersions(t, node(s3Versions, "versions:v/it's.txt", "it's.txt", { bucket: 'code-versions', prefix: "v/it's.txt", exactKey: "v/it's.txt" }), 3);
});

test("the selected object's HeadObject: each tool reads the same ETag for a key with $ and $(…)", async (t) => {
  const key = `${MIXED}$HOME and $(date).txt`;
  const listed = (await collect(s3Prefix.children!(prefixNode(MIXED), ctxOf(session), { signal: new AbortController().signal }))).items.find((c) => c.id === key)!;
  const etag = (listed.record as { entry: { etag: string } }).entry.etag.replace(/"/g, '');
  const [head] = itemRequests(listed, session);
  assert.equal(head.operation, 'HeadObject');
  // The raw view's caption names the same request.
  assert.equal(rawCaption(listed, ctxOf(session)), `HeadObject ${JSON.stringify({ Bucket: 'code-keys', Key: key })} · as the API returned it`);
  const skipped: string[] = [];
  for (const tab of codeTabs(head)) {
    if (skips[tab.id]) {
      skipped.push(`${tab.title}: ${skips[tab.id]}`);
      continue;
    }
    assert.ok((await runTab(tab, code.env)).includes(etag), `${tab.title} printed the object's ETag`);
  }
  if (skipped.length) t.skip(skipped.join('; '));
});

test('delete by prefix (D): each tool deletes every key under its prefix and nothing beside it', async (t) => {
  const del = (id: string) => `del '${id}' $x/`;
  const ids = ['cli', 'boto3', 'resource', 'js'] as const;
  const keys = ids.flatMap((id) => [...HOSTILE.map((k) => `${del(id)}${k}`), `${del(id)}sub/deeper.txt`, `${del(id).slice(0, -1)}-kept.txt`]);
  await Promise.all(keys.map((Key) => client.send(new PutObjectCommand({ Bucket: 'code-delete', Key, Body: 'x' }))));
  const under = async (prefix: string) => (await awsnavKeys(node(s3Prefix, prefix, prefix, { bucket: 'code-delete', prefix, flat: true }))).keys;
  const skipped: string[] = [];
  for (const id of ids) {
    if (skips[id]) {
      skipped.push(`${id}: ${skips[id]}`);
      continue;
    }
    const folder = node(s3Prefix, del(id), del(id), { bucket: 'code-delete', prefix: del(id) });
    assert.equal((await under(del(id))).length, HOSTILE.length + 1);
    const tab = codeTabs(actionRequest('action.deleteAll', folder, session)!).find((x) => x.id === id)!;
    await runTab(tab, code.env);
    assert.deepEqual(await under(del(id)), [], `${tab.title} deleted everything under the prefix`);
  }
  // The sibling key beside each prefix (same start, no slash) is still there, and so are the others' prefixes.
  const left = await under('del ');
  for (const id of ids) assert.ok(left.includes(`${del(id).slice(0, -1)}-kept.txt`), `${id}: the key beside the prefix is kept`);
  if (skipped.length) t.skip(skipped.join('; '));
});
