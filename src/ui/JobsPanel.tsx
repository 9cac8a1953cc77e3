// Live progress of waiters, downloads and batch deletes: one line each, running first (jobOrder.ts). Pure view; the
// clock comes in as `now` so countdowns tick without the jobs changing.
import React from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import type { JobState } from '../data/jobs';
import { amount, bar, statusMark, timing } from './progress';
import { theme } from './theme';
import { shownJobs } from '../hooks/jobOrder';
import { keyOf } from '../keys/keymap';

const statusColor: Record<JobState['status'], string> = {
  running: theme.accent,
  succeeded: theme.ok,
  failed: theme.error,
  'timed out': theme.warn,
  cancelled: theme.muted,
};

export interface JobsPanelProps {
  jobs: readonly JobState[];
  now: number;
  focused: boolean;
  selected: number;
  width: number;
  maxLines: number;
}

export function JobsPanel({ jobs: all, now, focused, selected, width, maxLines }: JobsPanelProps) {
  const jobs = shownJobs(all);
  if (jobs.length === 0) return null;
  const running = jobs.filter((j) => j.status === 'running').length;
  const first = Math.max(0, Math.min(selected - maxLines + 1, jobs.length - maxLines));
  const barWidth = Math.min(20, Math.max(8, Math.floor(width / 6)));
  // The keys come from the keymap, so the line names the keys the panel really answers to.
  const keys = focused
    ? ` · ${keyOf('jobs.cancel', 'jobs')} cancel · ${keyOf('jobs.dismiss', 'jobs')} dismiss · ${keyOf('jobs.back', 'jobs')} back`
    : ` · ${keyOf('jobs.focus')} to manage`;
  return (
    <Box flexDirection="column" width={width}>
      <Text color={focused ? theme.accent : theme.muted} bold={focused}>
        {`── jobs (${jobs.length}${running ? `, ${running} running` : ''})${keys} `.padEnd(width, '─')}
      </Text>
      {jobs.slice(first, first + maxLines).map((job, i) => {
        const isSel = focused && first + i === selected;
        return (
          <Text key={job.id} wrap="truncate" inverse={isSel}>
            <Text color={statusColor[job.status]}>{statusMark[job.status]} </Text>
            <Text bold>{job.title}</Text>
            {/* A waiter that succeeded early used 2 of 40 attempts: its bar still shows it is done. */}
            <Text> [{bar(job.status === 'succeeded' ? (job.total ?? job.done) : job.done, job.total, barWidth)}] </Text>
            <Text>{amount(job)}</Text>
            <Text color={theme.muted}> · {timing(job, now)}</Text>
            {job.detail ? <Text> · {job.detail}</Text> : null}
            {job.status !== 'running' ? <Text color={statusColor[job.status]}> · {job.status}</Text> : null}
            {job.error ? <Text color={theme.error}> · {job.error.message}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}
