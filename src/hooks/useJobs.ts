import type { JobRegistry, JobState } from '../data/jobs';
import { useObservable } from './useObservable';

/** The jobs (waiters, downloads, batch deletes) as they change. */
export function useJobs(registry: JobRegistry): readonly JobState[] {
  // The registry replaces its list on every change, so the list itself is the snapshot.
  return useObservable(registry, () => registry.jobs);
}
