// A notice that announced a job ("Waiting for s3://…/never.csv (Tab: jobs).", "Launched …: waiting
// until running") is cleared when that job ends: the jobs strip then says how it ended, and a line
// still saying "waiting" beside "timed out" tells the person the opposite. A notice announces a job
// when it appeared within a moment of the job's start; one that came later (the job's own summary,
// anything else) stays, and so does an error.
import { useEffect } from 'react';
import type { JobRegistry } from '../data/jobs';
import type { Notice } from './browserReducer';
import type { BrowserStore } from './useBrowser';

const WINDOW_MS = 2_000;
const END_MS = 20;

export function useNoticeForJobs(store: BrowserStore, jobs: JobRegistry): void {
  useEffect(() => watchNoticeForJobs(store, jobs), [store, jobs]);
}

/** The subscription itself (no React): returns the unsubscribe. */
export function watchNoticeForJobs(store: Pick<BrowserStore, 'getState' | 'dispatch' | 'subscribe'>, jobs: JobRegistry, now: () => number = Date.now): () => void {
  let notice: Notice | undefined = store.getState().notice;
  let noticeAt = now();
  /** Running jobs, and the notice that announced each (if one did). */
  const announced = new Map<number, Notice | undefined>();
  const near = (at: number, startedAt: number) => Math.abs(at - startedAt) <= WINDOW_MS;
  const offStore = store.subscribe(() => {
    const n = store.getState().notice;
    if (n === notice) return;
    notice = n;
    noticeAt = now();
    if (!n || n.level === 'error') return;
    for (const j of jobs.jobs) {
      if (j.status === 'running' && announced.has(j.id) && announced.get(j.id) === undefined && near(noticeAt, j.startedAt)) announced.set(j.id, n);
    }
  });
  const offJobs = jobs.subscribe(() => {
    for (const j of jobs.jobs) {
      if (j.status === 'running') {
        if (!announced.has(j.id)) announced.set(j.id, notice && notice.level !== 'error' && near(noticeAt, j.startedAt) ? notice : undefined);
      } else if (announced.has(j.id)) {
        const by = announced.get(j.id);
        announced.delete(j.id);
        // Set as the job ended, it is the job's own summary ("Done in 2 batches"), not its announcement.
        const summary = noticeAt >= (j.endedAt ?? now()) - END_MS;
        if (by && store.getState().notice === by && !summary) store.dispatch({ type: 'notify', notice: undefined });
      }
    }
  });
  return () => {
    offStore();
    offJobs();
  };
}
