import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Notifier, Observable } from '../../src/data/observable';
import { JobRegistry } from '../../src/data/jobs';
import { RetryLog } from '../../src/data/retries';
import { Pager } from '../../src/data/pager';
import { createStore } from '../../src/hooks/store';

test('notify reaches every subscriber, in order, and bumps the version once a change', () => {
  const n = new Notifier();
  const heard: string[] = [];
  n.subscribe(() => heard.push(`a${n.version}`));
  n.subscribe(() => heard.push(`b${n.version}`));
  assert.equal(n.version, 0);
  n.notify();
  n.notify();
  // Listeners see the new version already: a useSyncExternalStore snapshot read in one is fresh.
  assert.deepEqual(heard, ['a1', 'b1', 'a2', 'b2']);
  assert.equal(n.version, 2);
});

test('unsubscribe stops that listener only; unsubscribeAll stops them all, the version still counts', () => {
  const n = new Notifier();
  let a = 0;
  let b = 0;
  const offA = n.subscribe(() => a++);
  n.subscribe(() => b++);
  n.notify();
  offA();
  offA(); // twice is harmless
  n.notify();
  assert.deepEqual([a, b], [1, 2]);
  n.unsubscribeAll();
  n.notify();
  assert.deepEqual([a, b], [1, 2]);
  assert.equal(n.version, 3);
});

test('subscribe is bound: passed around bare (as useSyncExternalStore does), it still subscribes', () => {
  const n = new Notifier();
  const { subscribe } = n;
  let heard = 0;
  const off = subscribe(() => heard++);
  n.notify();
  off();
  n.notify();
  assert.equal(heard, 1);
});

test('a listener that unsubscribes itself while being told does not stop the others hearing', () => {
  const n = new Notifier();
  const heard: string[] = [];
  const off = n.subscribe(() => {
    heard.push('once');
    off();
  });
  n.subscribe(() => heard.push('always'));
  n.notify();
  n.notify();
  assert.deepEqual(heard, ['once', 'always', 'always']);
});

test('the stores are Observables: a change of each reaches its subscribers with a new version', async () => {
  const jobs = new JobRegistry();
  const retries = new RetryLog();
  const pager = new Pager<number>(async function* () {
    yield { items: [1, 2, 3] };
  });
  for (const s of [jobs, retries, pager]) assert.ok(s instanceof Observable);
  const seen = (s: Observable) => {
    const v = s.version;
    let heard = 0;
    s.subscribe(() => heard++);
    return () => heard > 0 && s.version > v;
  };
  const [j, r, p] = [seen(jobs), seen(retries), seen(pager)];
  jobs.start('x', 'waiter', 'attempts', async () => {});
  retries.record({ operation: 'ListObjectsV2', attempt: 2, reason: 'SlowDown', at: 0 });
  pager.ensure(0);
  await new Promise((res) => setTimeout(res, 10));
  assert.deepEqual([j(), r(), p()], [true, true, true]);
  assert.equal(pager.length, 3);
  // Disposed: nobody hears of it any more.
  let after = 0;
  pager.subscribe(() => after++);
  pager.dispose();
  pager.retry();
  assert.equal(after, 0);
});

test('the reducer store tells its subscribers of a new state, not of an action that changed nothing', () => {
  const store = createStore((s: number, a: number) => s + a, 0);
  let heard = 0;
  store.subscribe(() => heard++);
  store.dispatch(1);
  store.dispatch(0);
  assert.equal(store.getState(), 1);
  assert.equal(heard, 1);
});
