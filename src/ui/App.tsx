import React from 'react';
import type { TreeNode } from '../data/tree';
import type { FrameOptions } from '../hooks/frame';
import { Browser } from './Browser';

export interface AppProps {
  path: TreeNode[];
  options?: FrameOptions;
}

export function App({ path, options }: AppProps) {
  return <Browser path={path} options={options} />;
}
