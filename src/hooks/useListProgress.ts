import { useCallback, useSyncExternalStore } from 'react';
import type { ListProgress, TreeNode } from '../data/tree';

const none = () => () => {};

/** The progress of the listing in view (a content-type scan) as it changes; undefined for plain listings. */
export function useListProgress(node: TreeNode): { text: string; running: boolean } | undefined {
  const progress: ListProgress | undefined = node.type.progress?.(node);
  const subscribe = useCallback((l: () => void) => (progress ? progress.subscribe(l) : none()), [progress]);
  useSyncExternalStore(subscribe, () => progress?.version);
  return progress ? { text: progress.text(), running: progress.running } : undefined;
}
