// A waiter run as a job in the JobRegistry: the jobs panel shows attempt n of max, elapsed time, the
// last state seen and a countdown to the next poll; cancelling the job aborts the request in flight
// and the sleep. The run ends as succeeded, failed, timed out or cancelled, and stays until dismissed.
import type { JobRegistry, JobState } from '../jobs';
import type { AwsRequest } from '../request';
import { runWaiter, type Clock, type WaiterConfig, type WaiterDefinition, type WaiterEvent, type WaiterResult } from './loop';

export interface WaiterJobOptions<O> {
  title: string;
  definition: WaiterDefinition<O>;
  config: WaiterConfig;
  /** Every attempt, after the panel is updated (e.g. to update the instance's row on screen). */
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
    const result = await runWaiter(o.definition, o.config, {
      signal: job.signal,
      clock: o.clock,
      onAttempt: (e) => {
        job.update({ done: e.attempt, total: e.maxAttempts, detail: `last seen: ${e.observed}`, nextAt: e.nextAt });
        o.onAttempt?.(e);
      },
    });
    const summary = describe(result, o);
    const extra = o.onEnd?.(result);
    job.update({ detail: summary, nextAt: undefined, lines: [`${o.title}: ${summary}`, ...(extra ? [extra] : [])] });
    return result.state === 'success' ? 'succeeded' : result.state === 'failure' ? 'failed' : 'timed out';
  });
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
