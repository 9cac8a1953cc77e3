// Pure text for progress: a bar of block characters, and a job's one-line summary.
import { formatBytes, formatCount, formatDuration } from '../data/format';
import type { JobState } from '../data/jobs';

export function bar(done: number, total: number | undefined, width: number): string {
  if (!total || total <= 0) return '░'.repeat(width);
  const filled = Math.max(0, Math.min(width, Math.round((done / total) * width)));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function amount(job: JobState): string {
  const f = (n: number) => (job.unit === 'bytes' ? formatBytes(n) : formatCount(n));
  return job.total !== undefined ? `${f(job.done)}/${f(job.total)} ${job.unit === 'bytes' ? '' : job.unit}`.trim() : `${f(job.done)} ${job.unit}`;
}

export function timing(job: JobState, now: number): string {
  const elapsed = formatDuration((job.endedAt ?? now) - job.startedAt);
  const next = job.status === 'running' && job.nextAt ? ` · next poll in ${formatDuration(Math.max(0, job.nextAt - now))}` : '';
  return `${elapsed}${next}`;
}

export const statusMark: Record<JobState['status'], string> = {
  running: '⟳',
  succeeded: '✔',
  failed: '✘',
  'timed out': '⌛',
  cancelled: '⊘',
};
