import React, { useState } from 'react';
import type { TreeNode } from '../data/tree';
import { JobRegistry } from '../data/jobs';
import type { SessionRegistry } from '../data/sessionRegistry';
import type { FrameOptions } from '../hooks/frame';
import type { AuditEvent } from '../data/actions';
import { Browser } from './Browser';

export interface AppProps {
  path: TreeNode[];
  options?: FrameOptions;
  /** Waiters, downloads and batch deletes; outlives any one screen. */
  jobs?: JobRegistry;
  /** The profiles' sessions: p / R switch between them. */
  sessions?: SessionRegistry;
  /** Every action's confirmation and outcome (the log's audit trail; the monkey test's evidence). */
  audit?(event: AuditEvent): void;
}

export function App({ path, options, jobs, sessions, audit }: AppProps) {
  const [registry] = useState(() => jobs ?? new JobRegistry());
  return <Browser path={path} jobs={registry} options={options} sessions={sessions} audit={audit} />;
}
