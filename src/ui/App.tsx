import React, { useState } from 'react';
import type { TreeNode } from '../data/tree';
import { JobRegistry } from '../data/jobs';
import type { SessionRegistry } from '../data/sessionRegistry';
import type { FrameOptions } from '../hooks/frame';
import { Browser } from './Browser';

export interface AppProps {
  path: TreeNode[];
  options?: FrameOptions;
  /** Waiters, downloads and batch deletes; outlives any one screen. */
  jobs?: JobRegistry;
  /** The profiles' sessions: p / R switch between them. */
  sessions?: SessionRegistry;
}

export function App({ path, options, jobs, sessions }: AppProps) {
  const [registry] = useState(() => jobs ?? new JobRegistry());
  return <Browser path={path} jobs={registry} options={options} sessions={sessions} />;
}
