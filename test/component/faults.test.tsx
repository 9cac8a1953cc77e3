// Faults as a person sees them: a stalled request never freezes the keys; retries and a page that
// finally failed are in the status line; r resumes from the last good page.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { startFaultProxy, type FaultProxy } from '../../src/sandbox/faultProxy';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Prefix } from '../../src/data/s3/nodes';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
let proxy: FaultProxy;
const keyAt = (i: number) => `events/${String(i).padStart(6, '0')}.json`;

before(async () => {
  sandbox = await startSandbox({
    s3Buckets: [{ account: 'dev', name: 'dev-faults', store: () => new SyntheticBucketStore({ count: 5_000, keyAt }) }],
  });
  proxy = await startFaultProxy({ target: sandbox.url, stallMs: 3000 });
});
after(async () => {
  await proxy?.close();
  await sandbox?.close();
});
afterEach(() => {
  cleanup();
  proxy.setRates({});
});

function openEvents() {
  const session = sandboxSession(proxy.url);
  session.bucketRegions.set('dev-faults', 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const prefix = node(s3Prefix, 'events/', 'events/', { bucket: 'dev-faults', prefix: 'events/' });
  return { ui: driver(render(<App path={[rootNode([profile]), profile, prefix]} />)), session };
}

test('while a request stalls, keys are still answered', async () => {
  const { ui } = openEvents();
  await ui.see('1,000 loaded · more ↓');
  proxy.setRates({ stall: 1 });
  const stalledAt = proxy.stats.stall;
  ui.press('cursor.last');
  await ui.see('loading…');
  await ui.until(() => proxy.stats.stall > stalledAt, 'the next page to stall');
  const t0 = Date.now();
  ui.press('cursor.up');
  await ui.see('999/1,000');
  ui.press('cursor.first');
  await ui.see('1/1,000');
  assert.ok(Date.now() - t0 < 2000, 'keys were answered during the 3 s stall');
  assert.match(ui.frame(), /loading…/, 'the stalled page is still loading');
});

test('retries show in the status line; a page that fails is retried with r from where it stopped', async () => {
  const { ui, session } = openEvents();
  await ui.see('1,000 loaded · more ↓');
  proxy.setRates({ slowDown: 1 });
  ui.press('cursor.last');
  await ui.see('The service failed (503 SlowDown). It may be temporary: retry (r).', 15_000);
  // Three attempts for the page (and for the selected row's HeadObject, throttled alike).
  assert.ok(session.retries.count >= 2, `${session.retries.count} retries recorded`);
  proxy.setRates({});
  const lists = () => sandbox.requests.filter((r) => r.op === 'ListObjectsV2').length;
  const before = lists();
  ui.press('refresh');
  await ui.see('2,000 loaded', 15_000);
  assert.equal(lists() - before, 1, 'one listing request resumed the failed page');
  await ui.see(/\d retries \(last: (ListObjectsV2|HeadObject) after SlowDown\)/);
});

test('credentials that expire mid-session: a clear message, and r works once they are renewed', async () => {
  const { ui } = openEvents();
  await ui.see('1,000 loaded · more ↓');
  proxy.setRates({ expiredToken: 1 });
  ui.press('cursor.last');
  await ui.see('The credentials have expired. Renew them (:login for SSO), then retry (r).', 15_000);
  ui.press('cursor.first'); // still answering keys
  await ui.see('1/1,000');
  proxy.setRates({});
  ui.press('cursor.last');
  ui.press('refresh');
  await ui.see('2,000 loaded', 15_000);
});

test('an endpoint that stops answering: a timeout, not a hang; then one that refuses: said so', async () => {
  // awsnav's own timeouts, made short for the test (the defaults are 5 s to connect, 15 s for headers).
  const session = sandboxSession(proxy.url, 'dev', { maxAttempts: 1 }, { timeouts: { connectMs: 500, requestMs: 800 } });
  session.bucketRegions.set('dev-faults', 'us-east-1');
  const profile = node(profileNode, 'dev', 'dev', { session });
  const prefix = node(s3Prefix, 'events/', 'events/', { bucket: 'dev-faults', prefix: 'events/' });
  proxy.setRates({ hang: 1 });
  const ui = driver(render(<App path={[rootNode([profile]), profile, prefix]} />));
  // The listing's own error (the account lookup's, in the status line, can come first).
  await ui.see('The endpoint did not answer in time (listing events/)', 10_000);
  const flat = (f: string) => f.replace(/[\s│]+/g, ' ');
  assert.match(flat(ui.frame()), /Check the network or endpoint, then retry \(r\)/);
  const dead = await startFaultProxy({ target: 'http://127.0.0.1:9' });
  await dead.close(); // its port now refuses connections
  const session2 = sandboxSession(dead.url, 'dev', { maxAttempts: 1 });
  session2.bucketRegions.set('dev-faults', 'us-east-1');
  const profile2 = node(profileNode, 'dev', 'dev', { session: session2 });
  cleanup();
  const ui2 = driver(render(<App path={[rootNode([profile2]), profile2, prefix]} />));
  await ui2.see('The endpoint is not answering (ECONNREFUSED).', 10_000);
  // The hint wraps beside the detail pane: check its parts, once the listing's error is drawn where the
  // rows would be (the account lookup's, in the status line, can come first and is cut to one line).
  await ui2.until(
    (f) => /Check the network, --endpoint-url or the profile's endpoint_url,/.test(flat(f)) && /then retry \(r\)/.test(flat(f)),
    'the listing\'s error with what to do',
    10_000,
  );
});
