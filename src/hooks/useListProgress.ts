import type { ListProgress, TreeNode } from '../data/tree';
import type { Pager } from '../data/pager';
import { formatCount } from '../data/format';
import { counts } from '../data/collection/count';
import { useObservable } from './useObservable';

/** A listing's own progress that can also say what a listing that ended early covers (contentType.ts). */
type Covering = ListProgress & { covers?(): string | undefined };

export interface ListProgressView {
  text: string;
  running: boolean;
  /** Instead of "all loaded" when the listing ended early: "stopped: checked 11,175 of 12,000 listed". */
  ended?: string;
}

/**
 * What the listing in view is doing besides listing (a content-type scan) or on its way to the end (G),
 * as it changes; undefined for a plain listing at rest.
 */
export function useListProgress(node: TreeNode, pager?: Pager<TreeNode>): ListProgressView | undefined {
  const progress: Covering | undefined = node.type.progress?.(node);
  useObservable(progress);
  useObservable(pager);
  // A count that ends shows in the detail pane (count.ts): the screen redraws when one is kept or forgotten.
  useObservable(counts);
  if (pager?.walking) {
    return { text: `to the end: ${formatCount(pager.length)} rows read…`, running: true };
  }
  return progress ? { text: progress.text(), running: progress.running, ended: progress.covers?.() } : undefined;
}
