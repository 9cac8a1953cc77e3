// Faults while listing (issue 6): between awsnav's data layer and the sandbox, a seeded proxy injects
// 500 InternalError, 503 SlowDown, connection resets and 3-second stalls. Paging through 100,000 keys,
// the keys awsnav holds must equal the truth: none lost, none twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSandbox, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { startFaultProxy, type FaultProxy } from '../../src/sandbox/faultProxy';
import { Pager } from '../../src/data/pager';
import { node, type ListOptions, type TreeNode } from '../../src/data/tree';
import { s3Prefix } from '../../src/data/s3/nodes';
import { explain } from '../../src/data/errors';
import { ctxOf, sandboxSession } from '../helpers/sessions';

const COUNT = 100_000;
const keyAt = (i: number) => `events/${String(i).padStart(6, '0')}.json`;
let sandbox: Sandbox;

before(async () => {
  sandbox = await startSandbox({
    s3Buckets: [{ account: 'dev', name: 'dev-faults', store: () => new SyntheticBucketStore({ count: COUNT, keyAt }) }],
  });
});
after(() => sandbox?.close());

/** Pages through the whole prefix like a person holding PgDn; on a page error, retries (r) and counts it. */
async function pageThrough(proxy: FaultProxy) {
  const session = sandboxSession(proxy.url);
  const prefix = node(s3Prefix, 'events/', 'events/', { bucket: 'dev-faults', prefix: 'events/' });
  session.bucketRegions.set('dev-faults', 'us-east-1');
  const cursors: (string | undefined)[] = [];
  const source = (o: ListOptions) => {
    cursors.push(o.cursor);
    return s3Prefix.children!(prefix, ctxOf(session), o);
  };
  // keepRows above the total: this test checks what was listed, not eviction.
  const pager = new Pager<TreeNode>(source, { keepRows: COUNT * 2 });
  const settled = () => new Promise<void>((r) => { const c = () => (pager.loading ? setTimeout(c, 2) : r()); c(); });
  let pageErrors = 0;
  const resumedFrom: (string | undefined)[] = [];
  while (!pager.done) {
    pager.ensure(pager.length, 100);
    await settled();
    if (pager.error !== undefined) {
      pageErrors++;
      assert.ok(pageErrors < 50, `gave up: ${explain(pager.error).message}`);
      const before = cursors.length;
      pager.retry();
      await settled();
      resumedFrom.push(cursors[before]);
    }
  }
  const keys = [...pager.residentEntries()].map(([, n]) => n.id);
  return { keys, pageErrors, resumedFrom, retries: session.retries.count, session };
}

function assertTruth(keys: string[]) {
  assert.equal(keys.length, COUNT, 'no key lost, none twice');
  for (let i = 0; i < COUNT; i++) if (keys[i] !== keyAt(i)) assert.fail(`row ${i}: ${keys[i]} where ${keyAt(i)} belongs`);
}

test('5% 500s, 5% SlowDown, 1% resets, 1% 3 s stalls: 100,000 keys, exactly the truth', { timeout: 120_000 }, async () => {
  const proxy = await startFaultProxy({
    target: sandbox.url,
    seed: 42,
    rates: { internalError: 0.05, slowDown: 0.05, reset: 0.01, stall: 0.01 },
    stallMs: 3000,
  });
  try {
    const { keys, retries, session } = await pageThrough(proxy);
    assertTruth(keys);
    const faults = proxy.stats.internalError + proxy.stats.slowDown + proxy.stats.reset;
    assert.ok(faults > 0, 'faults were injected');
    // The SDK's retries happened and were recorded for the status line.
    assert.ok(retries >= faults * 0.9, `retries ${retries} for ${faults} faults`);
    assert.match(session.retries.last!.reason, /InternalError|SlowDown|ECONNRESET|socket|HTTP/);
  } finally {
    await proxy.close();
  }
});

test('20% faults: the same keys; a page that still fails is retried from the last good page', { timeout: 120_000 }, async () => {
  const proxy = await startFaultProxy({
    target: sandbox.url,
    seed: 7,
    rates: { internalError: 0.08, slowDown: 0.08, reset: 0.04 },
  });
  try {
    const { keys, pageErrors, resumedFrom } = await pageThrough(proxy);
    assertTruth(keys);
    // With 3 attempts a page fails about 0.2^3 of the time; requests go one at a time, so the seeded
    // sequence is the same every run, and seed 7 exhausts a page's attempts at least once.
    assert.ok(pageErrors >= 1, 'the error-and-resume path was exercised');
    // Each retry resumed from a page cursor, never from the start.
    for (const c of resumedFrom) assert.notEqual(c, undefined, 'a retry restarted from the first page');
    assert.equal(resumedFrom.length, pageErrors);
  } finally {
    await proxy.close();
  }
});
