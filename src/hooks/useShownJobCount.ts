// How many jobs the strip shows (jobOrder.ts: a finished count has left), re-rendering only when that
// changes: the screen's layout reserves that many lines, no blank one for a job it does not draw.
import { useSyncExternalStore } from 'react';
import type { JobRegistry } from '../data/jobs';
import { shownJobs } from '../ui/jobOrder';

export function useShownJobCount(registry: JobRegistry): number {
  return useSyncExternalStore(registry.subscribe, () => shownJobs(registry.jobs).length);
}
