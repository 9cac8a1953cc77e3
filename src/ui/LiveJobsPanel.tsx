// The jobs panel with its own subscriptions: the registry's changes and the one-second clock of a
// running job's countdown re-render these few lines only, never the screen around them (a tick
// used to re-render the whole browser: table, details, header and all). Memoised, so a keypress
// that re-renders the browser leaves it alone unless its own props change.
import React, { memo } from 'react';
import type { JobRegistry } from '../data/jobs';
import { useJobs } from '../hooks/useJobs';
import { useNow } from '../hooks/useNow';
import { JobsPanel, type JobsPanelProps } from './JobsPanel';

export interface LiveJobsPanelProps extends Omit<JobsPanelProps, 'jobs' | 'now'> {
  registry: JobRegistry;
}

export const LiveJobsPanel = memo(function LiveJobsPanel({ registry, ...view }: LiveJobsPanelProps) {
  const jobs = useJobs(registry);
  const now = useNow(jobs.some((j) => j.status === 'running'));
  return <JobsPanel jobs={jobs} now={now} {...view} />;
});
