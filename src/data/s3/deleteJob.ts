// A batch delete as a job the person watches: DeleteObjects in batches of 1,000, its progress, each
// key that failed on a line of its own, cancellable between batches, a summary at the end. Marked
// rows (deleteAction.ts) and a prefix (batchDeleteAction.ts) run the same job; what they delete and
// the words of their summaries are theirs.
import type { ActionEnv } from '../actions';
import { formatCount } from '../format';
import { sanitize } from '../sanitize';
import type { BatchProgress, BatchResult, KeyError } from './batchDelete';

export interface DeleteJob {
  /** The job's title, already sanitised. */
  title: string;
  unit: 'keys' | 'versions';
  /** How many are to go (for a prefix, counted before the question). */
  total: number;
  run(opts: { signal: AbortSignal; onBatch(p: BatchProgress): void }): Promise<BatchResult>;
  /** The job's summary line, from the result and how many of `total` were neither deleted nor failed. */
  summary(r: BatchResult, left: number): string;
  /** The status line when the job ends (`summary` is the job's summary line). */
  notice(r: BatchResult, left: number, summary: string): string;
}

export function startDeleteJob(env: Pick<ActionEnv, 'jobs' | 'notify' | 'refresh'>, d: DeleteJob): void {
  env.jobs.start(d.title, 'batch delete', d.unit, async (job) => {
    const lines: string[] = [];
    job.update({ total: d.total });
    const r = await d.run({
      signal: job.signal,
      onBatch(p) {
        for (const e of p.errors) lines.push(errorLine(e));
        job.update({ done: p.deleted + p.failed, detail: `batch ${p.batches} · ${formatCount(p.failed)} failed`, lines: [...lines] });
      },
    });
    const left = Math.max(0, d.total - r.deleted - r.failed);
    const summary = d.summary(r, left);
    job.update({ detail: summary, lines: [summary, ...lines] });
    env.notify(d.notice(r, left, summary), r.failed ? 'error' : 'ok');
    env.refresh();
    return r.failed ? 'failed' : 'succeeded';
  });
}

/** `1 batch`, `2 batches`. */
export const batchesWord = (n: number) => `${n} batch${n === 1 ? '' : 'es'}`;

// A key is the bucket's, not ours: sanitised where the line is made, like every other job line.
const errorLine = (e: KeyError) => sanitize(`✘ ${e.key}${e.versionId ? ` (${e.versionId})` : ''}: ${e.code} ${e.message}`);
