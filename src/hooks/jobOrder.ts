// Which jobs the strip shows, in what order: the running ones first (what the person is waiting on),
// then the finished, newest first. A count that succeeded has said what it had to say (its number is
// in the confirmation it led to) and leaves by itself. The jobs panel's keys use the same order.
import type { JobState } from '../data/jobs';

export function shownJobs(jobs: readonly JobState[]): JobState[] {
  const live = jobs.filter((j) => !(j.kind === 'count' && j.status === 'succeeded'));
  const running = live.filter((j) => j.status === 'running');
  const ended = live.filter((j) => j.status !== 'running').sort((a, b) => (b.endedAt ?? b.startedAt) - (a.endedAt ?? a.startedAt) || b.id - a.id);
  return [...running, ...ended];
}
