import type { JobRegistry, JobState } from '../data/jobs';
import { useObservable } from './useObservable';

/** The jobs (waiters, downloads, batch deletes) as they change. */
export function useJobs(registry: JobRegistry): readonly JobState[] {
  // The registry replaces its list on every change, so the list itself is the snapshot.
  return useObservable(registry, () => registry.jobs);
}

/**
 * How many jobs there are, re-rendering only when that changes: the screen's layout needs the count,
 * and a job's progress (a download's bytes, a waiter's attempt) should redraw its own line, not the
 * whole screen (LiveJobsPanel subscribes to the rest).
 */
export function useJobCount(registry: JobRegistry): number {
  return useObservable(registry, () => registry.jobs.length);
}
