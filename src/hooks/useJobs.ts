import { useSyncExternalStore } from 'react';
import type { JobRegistry, JobState } from '../data/jobs';

/** The jobs (waiters, downloads, batch deletes) as they change. */
export function useJobs(registry: JobRegistry): readonly JobState[] {
  useSyncExternalStore(registry.subscribe, () => registry.version);
  return registry.jobs;
}

/**
 * How many jobs there are, re-rendering only when that changes: the screen's layout needs the count,
 * and a job's progress (a download's bytes, a waiter's attempt) should redraw its own line, not the
 * whole screen (LiveJobsPanel subscribes to the rest).
 */
export function useJobCount(registry: JobRegistry): number {
  return useSyncExternalStore(registry.subscribe, () => registry.jobs.length);
}
