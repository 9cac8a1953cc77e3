// Owns the browser state and the lifecycle of its pagers: a frame that is left behind (went deeper)
// has its request in flight aborted but keeps its rows; a frame that is popped is disposed.
import { useEffect, useRef, useState } from 'react';
import type { TreeNode } from '../data/tree';
import type { Pager } from '../data/pager';
import { browserReducer, initBrowser, type BrowserAction, type BrowserState } from './browserReducer';
import { startFrame, type FrameOptions } from './frame';
import { createStore, type Store } from './store';
import { useObservable } from './useObservable';

export type BrowserStore = Store<BrowserState, BrowserAction>;

export function useBrowser(path: TreeNode[], options: FrameOptions = {}) {
  // A screen just opened sends its first request before it is drawn (startFrame).
  const [store] = useState(() => createStore(browserReducer, initBrowser(path, options), (s) => startFrame(s.stack[s.stack.length - 1])));
  const state = useObservable(store, store.getState);
  const previous = useRef<Pager<TreeNode>[]>([]);

  useEffect(() => {
    const current = state.stack.map((f) => f.pager);
    const before = previous.current;
    for (const p of before) {
      if (!current.includes(p)) p.dispose();
      else if (p === before[before.length - 1] && p !== current[current.length - 1]) p.suspend();
    }
    previous.current = current;
  }, [state.stack]);

  useEffect(() => () => previous.current.forEach((p) => p.dispose()), []);

  return { state, store, frame: state.stack[state.stack.length - 1] };
}
