// A waiter run as a job in the JobRegistry: the jobs panel shows attempt n of max, elapsed time, the
// last state seen and a countdown to the next poll; cancelling the job aborts the request in flight
// and the sleep. The run ends as succeeded, failed, timed out or cancelled, and stays until dismissed.
// A cancelled run (mid-sleep or mid-request) looks once more, so the row says where the resource is now,
// not `stopping` until `r`. A run that succeeded, failed or timed out ended on a poll's answer, which the
// row has already (and after an error answer, asking again at once would only repeat it).
import type { JobControl, JobRegistry, JobState } from '../jobs';
import type { AwsRequest } from '../request';
import { evaluate, type PollOutcome } from './acceptors';
import { runWaiter, type Clock, type WaiterConfig, type WaiterDefinition, type WaiterEvent, type WaiterResult } from './loop';

/** How long the one look after a cancelled run may take (it must not hang on a dead endpoint). */
export const SETTLE_TIMEOUT_MS = 10_000;

export interface WaiterJobOptions<O> {
  title: string;
  definition: WaiterDefinition<O>;
  config: WaiterConfig;
  /**
   * Every poll's answer, after the panel is updated (to update the instance's row on screen): each
   * attempt, and the one look after a cancel (`settled`).
   */
  onAttempt?(event: WaiterEvent<O>): void;
  /** The end: a line for the panel's details, and a chance to act (offer to jump to the object). */
  onEnd?(result: WaiterResult<O>): string | void;
  /** What a failure means in words; defaults to the state seen. */
  failure?(observed: string): string;
  clock?: Clock;
  /** What the job carries out, as one request value (the code view shows it). */
  request?: AwsRequest;
}

export function startWaiterJob<O>(jobs: JobRegistry, o: WaiterJobOptions<O>): JobState {
  return jobs.start(o.title, 'waiter', 'attempts', async (job) => {
    job.update({ total: o.config.maxAttempts, detail: 'first poll…', request: o.request });
    let attempts = 0;
    let result: WaiterResult<O>;
    try {
      result = await runWaiter(o.definition, o.config, {
        signal: job.signal,
        clock: o.clock,
        onAttempt: (e) => {
          attempts = e.attempt;
          job.update({ done: e.attempt, total: e.maxAttempts, detail: `last seen: ${e.observed}`, nextAt: e.nextAt });
          o.onAttempt?.(e);
        },
      });
    } catch (err) {
      if (job.signal.aborted) await settle(o, job, attempts);
      throw err;
    }
    const summary = describe(result, o);
    const extra = o.onEnd?.(result);
    job.update({ detail: summary, nextAt: undefined, lines: [`${o.title}: ${summary}`, ...(extra ? [extra] : [])] });
    return result.state === 'success' ? 'succeeded' : result.state === 'failure' ? 'failed' : 'timed out';
  });
}

/**
 * One more poll, on a signal of its own (the job's is aborted), its answer given to onAttempt like any
 * other, so the row follows. Only with an onAttempt (something on screen to update); an error answer
 * changes nothing. The panel's line says what it found: "cancelled; now stopped".
 */
async function settle<O>(o: WaiterJobOptions<O>, job: JobControl, attempt: number): Promise<void> {
  if (!o.onAttempt) return;
  let outcome: PollOutcome<O>;
  try {
    outcome = { ok: true, output: await o.definition.poll(AbortSignal.timeout(SETTLE_TIMEOUT_MS)) };
  } catch {
    return;
  }
  const observed = o.definition.observe(outcome);
  o.onAttempt({ attempt, maxAttempts: o.config.maxAttempts, state: evaluate(o.definition.acceptors, outcome), observed, outcome, settled: true });
  job.update({ detail: `cancelled; now ${observed}` });
}

function describe<O>(r: WaiterResult<O>, o: WaiterJobOptions<O>): string {
  const tries = `${r.attempts} attempt${r.attempts === 1 ? '' : 's'}`;
  switch (r.state) {
    case 'success':
      return `${r.observed} after ${tries}`;
    case 'failure':
      return `${o.failure?.(r.observed) ?? r.observed} (${tries})`;
    case 'timeout':
      return `still ${r.observed} after ${tries}`;
  }
}
