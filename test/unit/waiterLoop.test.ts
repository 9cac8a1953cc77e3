// The waiter loop on a fake clock: acceptor semantics, attempts, backoff, timeout, and abort that
// stops at once (mid-sleep and mid-request) with no further poll.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runWaiter, delayAfter, abortError, type Clock, type WaiterDefinition, type WaiterEvent } from '../../src/data/waiters/loop';
import { evaluate } from '../../src/data/waiters/acceptors';
import { INSTANCE_ACCEPTORS } from '../../src/data/waiters/instance';
import { parseDelay, configFrom } from '../../src/data/waiters/inputs';

/** A clock whose sleeps end only when the test says so; it records every sleep asked for. */
function fakeClock() {
  let now = 1_000_000;
  const sleeps: number[] = [];
  let wake: (() => void) | undefined;
  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        sleeps.push(ms);
        if (signal.aborted) return reject(abortError(signal));
        wake = () => {
          now += ms;
          resolve();
        };
        signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      }),
  };
  return {
    clock,
    sleeps,
    sleeping: () => wake !== undefined,
    tick() {
      const w = wake;
      wake = undefined;
      w?.();
    },
  };
}

/** Answers in turn; each poll is counted. */
function scripted(answers: (string[] | Error)[]) {
  const calls = { n: 0 };
  const def: WaiterDefinition<{ states: string[] }> = {
    name: 'test',
    async poll() {
      const a = answers[Math.min(calls.n++, answers.length - 1)];
      if (a instanceof Error) throw a;
      return { states: a };
    },
    acceptors: [
      { state: 'success', matcher: 'pathAll', path: (o) => o.states, expected: 'running' },
      { state: 'failure', matcher: 'pathAny', path: (o) => o.states, expected: 'terminated' },
      { state: 'retry', matcher: 'error', expected: 'NotYet' },
    ],
    observe: (o) => (o.ok ? o.output.states.join(',') : (o.error as Error).name),
  };
  return { def, calls };
}

const named = (name: string) => Object.assign(new Error(name), { name });

async function drive<T>(p: Promise<T>, f: ReturnType<typeof fakeClock>): Promise<T> {
  let done = false;
  void p.finally(() => (done = true)).catch(() => {});
  while (!done) {
    await new Promise((r) => setImmediate(r));
    if (f.sleeping()) f.tick();
  }
  return p;
}

test('polls until every instance is running; an event per attempt with the next poll time', async () => {
  const f = fakeClock();
  const { def, calls } = scripted([['pending'], named('NotYet'), ['pending'], ['running']]);
  const events: WaiterEvent<unknown>[] = [];
  const r = await drive(runWaiter(def, { minDelay: 15, maxDelay: 15, maxAttempts: 40 }, { signal: new AbortController().signal, clock: f.clock, onAttempt: (e) => events.push(e) }), f);
  assert.equal(r.state, 'success');
  assert.equal(r.attempts, 4);
  assert.equal(calls.n, 4);
  assert.deepEqual(f.sleeps, [15_000, 15_000, 15_000]);
  assert.deepEqual(events.map((e) => [e.attempt, e.state, e.observed]), [[1, 'retry', 'pending'], [2, 'retry', 'NotYet'], [3, 'retry', 'pending'], [4, 'success', 'running']]);
  assert.equal(events[0].nextAt, 1_000_000 + 15_000);
  assert.equal(events[3].nextAt, undefined);
});

test('a failure acceptor ends the run at once', async () => {
  const f = fakeClock();
  const { def } = scripted([['pending'], ['terminated']]);
  const r = await drive(runWaiter(def, { minDelay: 1, maxDelay: 1, maxAttempts: 10 }, { signal: new AbortController().signal, clock: f.clock }), f);
  assert.deepEqual([r.state, r.attempts, r.observed], ['failure', 2, 'terminated']);
});

test('an error no acceptor names is a failure, not 40 polls into AccessDenied', async () => {
  const f = fakeClock();
  const { def, calls } = scripted([named('AccessDenied')]);
  const r = await drive(runWaiter(def, { minDelay: 1, maxDelay: 1, maxAttempts: 10 }, { signal: new AbortController().signal, clock: f.clock }), f);
  assert.deepEqual([r.state, calls.n], ['failure', 1]);
});

test('times out after maxAttempts polls, without sleeping after the last', async () => {
  const f = fakeClock();
  const { def, calls } = scripted([['pending']]);
  const r = await drive(runWaiter(def, { minDelay: 2, maxDelay: 2, maxAttempts: 3 }, { signal: new AbortController().signal, clock: f.clock }), f);
  assert.deepEqual([r.state, r.attempts, calls.n, f.sleeps.length], ['timeout', 3, 3, 2]);
});

test('backs off from minDelay to maxDelay, doubling', () => {
  const c = { minDelay: 5, maxDelay: 60, maxAttempts: 10 };
  assert.deepEqual([1, 2, 3, 4, 5, 6].map((a) => delayAfter(a, c)), [5000, 10000, 20000, 40000, 60000, 60000]);
  assert.equal(delayAfter(7, { minDelay: 15, maxDelay: 15, maxAttempts: 40 }), 15000);
});

test('abort mid-sleep rejects at once and sends no further poll', async () => {
  const f = fakeClock();
  const { def, calls } = scripted([['pending']]);
  const c = new AbortController();
  const run = runWaiter(def, { minDelay: 15, maxDelay: 15, maxAttempts: 40 }, { signal: c.signal, clock: f.clock });
  while (!f.sleeping()) await new Promise((r) => setImmediate(r));
  c.abort();
  await assert.rejects(run, { name: 'AbortError' });
  f.tick(); // the sleep's time passing changes nothing
  await new Promise((r) => setImmediate(r));
  assert.equal(calls.n, 1);
});

test('abort mid-request: the poll gets the signal, and nothing follows', async () => {
  const f = fakeClock();
  let polls = 0;
  let seen: AbortSignal | undefined;
  const def: WaiterDefinition<string> = {
    name: 'hang',
    poll: (signal) => {
      polls++;
      seen = signal;
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(named('AbortError'))));
    },
    acceptors: [],
    observe: () => '',
  };
  const c = new AbortController();
  const run = runWaiter(def, { minDelay: 1, maxDelay: 1, maxAttempts: 5 }, { signal: c.signal, clock: f.clock });
  await new Promise((r) => setImmediate(r));
  c.abort();
  await assert.rejects(run, { name: 'AbortError' });
  assert.equal(seen, c.signal);
  assert.equal(polls, 1);
  assert.equal(f.sleeps.length, 0);
});

test('instance running acceptors match the SDK model: running wins, stopping fails, NotFound retries', () => {
  const out = (...s: string[]) => ({ ok: true as const, output: { Reservations: [{ Instances: s.map((n) => ({ State: { Name: n } })) }] } as never });
  const acc = INSTANCE_ACCEPTORS.running;
  assert.equal(evaluate(acc, out('running', 'running')), 'success');
  assert.equal(evaluate(acc, out('running', 'pending')), 'retry');
  assert.equal(evaluate(acc, out('stopping')), 'failure');
  assert.equal(evaluate(acc, out()), 'retry'); // nothing listed: allStringEquals needs at least one
  assert.equal(evaluate(acc, { ok: false, error: named('InvalidInstanceID.NotFound') }), 'retry');
  assert.equal(evaluate(INSTANCE_ACCEPTORS.stopped, out('pending')), 'failure');
  assert.equal(evaluate(INSTANCE_ACCEPTORS.terminated, out('terminated')), 'success');
});

test('Delay and MaxAttempts as typed: a number, a fraction, or a backoff range', () => {
  assert.deepEqual(parseDelay('15'), { minDelay: 15, maxDelay: 15 });
  assert.deepEqual(parseDelay('0.5'), { minDelay: 0.5, maxDelay: 0.5 });
  assert.deepEqual(parseDelay('5-60'), { minDelay: 5, maxDelay: 60 });
  assert.equal(parseDelay('60-5'), undefined);
  assert.equal(parseDelay('soon'), undefined);
  assert.deepEqual(configFrom({ delay: '2', maxAttempts: '7' }, { delay: 15, maxAttempts: 40 }), { minDelay: 2, maxDelay: 2, maxAttempts: 7 });
  assert.deepEqual(configFrom({}, { delay: 5, maxAttempts: 20 }), { minDelay: 5, maxDelay: 5, maxAttempts: 20 });
});

test('backoff has jitter: each wait is drawn between minDelay and the doubling ceiling', async () => {
  const c = { minDelay: 2, maxDelay: 60, maxAttempts: 10 };
  assert.equal(delayAfter(4, c, () => 0), 2000);
  assert.equal(delayAfter(4, c, () => 0.5), 9000);
  assert.equal(delayAfter(4, c), 16000);
  // A fixed Delay stays fixed.
  assert.equal(delayAfter(4, { minDelay: 15, maxDelay: 15, maxAttempts: 40 }, () => 0.3), 15000);
  // The loop draws from its clock: two waiters started together poll at different times.
  const f = fakeClock();
  const draws = [0.1, 0.9];
  f.clock.random = () => draws.shift() ?? 0;
  const { def } = scripted([['pending']]);
  const ctl = new AbortController();
  const run = runWaiter(def, { minDelay: 2, maxDelay: 60, maxAttempts: 3 }, { signal: ctl.signal, clock: f.clock });
  const r = await drive(run, f);
  assert.equal(r.state, 'timeout');
  assert.deepEqual(f.sleeps, [2000, Math.round((2 + 2 * 0.9) * 1000)]);
});
