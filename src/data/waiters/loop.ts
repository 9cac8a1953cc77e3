// awsnav's waiter: a poll loop with the SDK's acceptor semantics that reports every attempt. The SDK's
// own waitUntil* has no per-attempt hook and keeps polling a request after abort (DESIGN.md, Waiters);
// here abort cancels the request in flight (the signal goes to client.send) and the sleep, at once.
import { evaluate, type Acceptor, type PollOutcome } from './acceptors';

export interface WaiterConfig {
  /** Seconds before the second poll (boto3's Delay). */
  minDelay: number;
  /** The wait between polls doubles from minDelay up to this; equal to minDelay = a fixed delay, as boto3. */
  maxDelay: number;
  /** Polls before giving up (boto3's MaxAttempts). */
  maxAttempts: number;
}

export interface WaiterDefinition<O> {
  /** e.g. 'instance running'. */
  name: string;
  /** One poll: a single request, aborted by `signal`. */
  poll(signal: AbortSignal): Promise<O>;
  acceptors: Acceptor<O>[];
  /** What a poll saw, in a few words ("pending", "NotFound"): the panel's "last state". */
  observe(outcome: PollOutcome<O>): string;
}

export interface WaiterEvent<O> {
  attempt: number;
  maxAttempts: number;
  state: 'success' | 'failure' | 'retry';
  observed: string;
  outcome: PollOutcome<O>;
  /** When the next poll is due (retry with attempts left), for the countdown. */
  nextAt?: number;
  /** The poll was throttled: it does not count as an attempt, and the wait grows. */
  throttled?: string;
  /** Not an attempt: the one look after a cancelled run (job.ts, settle). */
  settled?: true;
}

export type WaiterResult<O> = {
  state: 'success' | 'failure' | 'timeout';
  attempts: number;
  observed: string;
  outcome: PollOutcome<O>;
};

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /** 0 ≤ x < 1, for the backoff's jitter (Math.random when absent). */
  random?(): number;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) return reject(abortError(signal));
      const done = () => {
        signal.removeEventListener('abort', stop);
        resolve();
      };
      const t = setTimeout(done, ms);
      const stop = () => {
        clearTimeout(t);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', stop, { once: true });
    }),
};

export function abortError(signal: AbortSignal): Error {
  const reason = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const e = new Error('The waiter was cancelled.');
  e.name = 'AbortError';
  return e;
}

/**
 * The wait after poll `attempt` (1-based), in ms: a ceiling of minDelay doubling up to maxDelay, and a
 * wait drawn between minDelay and that ceiling — the SDK's poller does the same (exponential backoff
 * with jitter), so many waiters started together (one per marked instance) do not poll in lockstep.
 * Without `random` it is the ceiling. minDelay = maxDelay is boto3's fixed Delay, jitter or not.
 */
export function delayAfter(attempt: number, config: WaiterConfig, random?: () => number): number {
  const min = Math.max(0, config.minDelay);
  const max = Math.max(min, config.maxDelay);
  const ceiling = Math.min(max, min * 2 ** (attempt - 1));
  const drawn = random ? min + (ceiling - min) * random() : ceiling;
  return Math.round(drawn * 1000);
}

// Throttling is the service asking for patience, not an answer about the resource: the poll is repeated
// after a longer wait and does not use up an attempt (the SDK has already retried it maxAttempts times).
const THROTTLING = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException', 'TooManyRequestsException', 'SlowDown', 'RequestThrottled', 'RequestThrottledException']);

export function throttlingCode(error: unknown): string | undefined {
  const e = error as { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
  const code = e?.name ?? e?.Code;
  if (code && THROTTLING.has(code)) return code;
  return e?.$metadata?.httpStatusCode === 429 ? 'HTTP 429' : undefined;
}

export async function runWaiter<O>(
  def: WaiterDefinition<O>,
  config: WaiterConfig,
  opts: { signal: AbortSignal; clock?: Clock; onAttempt?(event: WaiterEvent<O>): void },
): Promise<WaiterResult<O>> {
  const { signal, onAttempt } = opts;
  const clock = opts.clock ?? realClock;
  const random = clock.random ?? Math.random;
  const maxAttempts = Math.max(1, Math.floor(config.maxAttempts));
  let throttles = 0;
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) throw abortError(signal);
    let outcome: PollOutcome<O>;
    try {
      outcome = { ok: true, output: await def.poll(signal) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    // A cancelled request is the person's doing, not the waiter's failure.
    if (signal.aborted) throw abortError(signal);
    const throttled = outcome.ok ? undefined : throttlingCode(outcome.error);
    // Bounded: as many throttled polls in a row as attempts allowed, then the error counts as any other.
    if (throttled && throttles < maxAttempts) {
      throttles++;
      const base = delayAfter(attempt, config, random);
      const wait = Math.min(base * 2 ** throttles, Math.max(config.maxDelay * 1000, 60_000));
      onAttempt?.({
        attempt: attempt - 1, maxAttempts, state: 'retry', observed: `throttled (${throttled}), backing off`,
        outcome, nextAt: clock.now() + wait, throttled,
      });
      attempt--; // not an attempt: the same one is tried again
      await clock.sleep(wait, signal);
      continue;
    }
    throttles = 0;
    const state = evaluate(def.acceptors, outcome);
    const observed = def.observe(outcome);
    const last = attempt >= maxAttempts;
    const wait = state === 'retry' && !last ? delayAfter(attempt, config, random) : undefined;
    onAttempt?.({ attempt, maxAttempts, state, observed, outcome, nextAt: wait === undefined ? undefined : clock.now() + wait });
    if (state !== 'retry') return { state, attempts: attempt, observed, outcome };
    if (wait === undefined) return { state: 'timeout', attempts: attempt, observed, outcome };
    await clock.sleep(wait, signal);
  }
}
