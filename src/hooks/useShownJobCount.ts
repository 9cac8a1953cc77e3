// How many jobs the strip shows (jobOrder.ts: a finished count has left), re-rendering only when that
// changes: the screen's layout reserves that many lines, no blank one for a job it does not draw.
import type { JobRegistry } from '../data/jobs';
import { shownJobs } from './jobOrder';
import { useObservable } from './useObservable';

export function useShownJobCount(registry: JobRegistry): number {
  return useObservable(registry, () => shownJobs(registry.jobs).length);
}
