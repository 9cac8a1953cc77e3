import { useSyncExternalStore } from 'react';
import type { JobRegistry, JobState } from '../data/jobs';

/** The jobs (waiters, downloads, batch deletes) as they change. */
export function useJobs(registry: JobRegistry): readonly JobState[] {
  useSyncExternalStore(registry.subscribe, () => registry.version);
  return registry.jobs;
}
