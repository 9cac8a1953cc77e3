// A notice that announced a job ("Waiting for s3://…/never.csv (Tab: jobs).", "Launched …: waiting
// until running") is cleared when that job ends: the jobs strip then says how it ended, and a line
// still saying "waiting" beside "timed out" tells the person the opposite. A notice is taken to
// announce a job when it appeared within a moment of the job's start; errors stay until a key.
import { useEffect } from 'react';
import type { JobRegistry } from '../data/jobs';
import type { Notice } from './browserReducer';
import type { BrowserStore } from './useBrowser';

const WINDOW_MS = 2_000;

export function useNoticeForJobs(store: BrowserStore, jobs: JobRegistry): void {
  useEffect(() => watchNoticeForJobs(store, jobs), [store, jobs]);
}

/** The subscription itself (no React): returns the unsubscribe. */
export function watchNoticeForJobs(store: Pick<BrowserStore, 'getState' | 'dispatch' | 'subscribe'>, jobs: JobRegistry, now: () => number = Date.now): () => void {
  {
    let notice: Notice | undefined = store.getState().notice;
    let noticeAt = now();
    let running = new Set(jobs.jobs.filter((j) => j.status === 'running').map((j) => j.id));
    const offStore = store.subscribe(() => {
      const n = store.getState().notice;
      if (n !== notice) {
        notice = n;
        noticeAt = now();
      }
    });
    const offJobs = jobs.subscribe(() => {
      const now = new Set<number>();
      for (const j of jobs.jobs) {
        if (j.status === 'running') now.add(j.id);
        else if (running.has(j.id) && notice && notice.level !== 'error' && Math.abs(noticeAt - j.startedAt) <= WINDOW_MS) {
          store.dispatch({ type: 'notify', notice: undefined });
        }
      }
      running = now;
    });
    return () => {
      offStore();
      offJobs();
    };
  }
}
