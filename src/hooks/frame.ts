// A frame is one level of the walked path: the node, the context it is listed in, its pager, and where
// the cursor was, so going back lands where the person left. Plain data, no React.
import { Pager } from '../data/pager';
import { childContext } from '../data/context';
import type { Ctx, TreeNode } from '../data/tree';
import type { SortState } from '../data/sort';

export interface Frame {
  node: TreeNode;
  /** The context the node's children are listed in. */
  ctx: Ctx;
  pager: Pager<TreeNode>;
  cursor: number;
  /** First row in view. */
  offset: number;
  filter: string;
  /** Sorting of the loaded rows (s / o), per screen. */
  sort?: SortState;
}

export interface FrameOptions {
  pageSize?: number;
  keepRows?: number;
}

export function makeFrame(node: TreeNode, parentCtx: Ctx, options: FrameOptions = {}): Frame {
  const ctx = childContext(node, parentCtx);
  const children = node.type.children;
  const pager = new Pager<TreeNode>(
    (opts) => (children ? children(node, ctx, opts) : (async function* () {})()),
    options,
  );
  // A listing already in memory is there in the first frame drawn (no loading frame, then the rows).
  const now = node.type.rowsNow;
  if (now) pager.seed(now(node, ctx));
  return { node, ctx, pager, cursor: 0, offset: 0, filter: '' };
}

/**
 * Sends a frame's first request if nothing has asked for it yet; true when it did. The store calls it
 * for the top frame the moment an action creates it, before React renders (createStore's `started`):
 * opening a prefix then costs the round trip, with the new screen drawn while it is in flight, not a
 * frame, then the round trip (useRows' effect runs only after the frame is drawn), then another.
 * Later requests follow the cursor as before (useRows).
 */
export function startFrame(frame: Frame): boolean {
  const { pager } = frame;
  if (pager.length > 0 || pager.loading || pager.done || pager.error !== undefined) return false;
  pager.ensure(frame.cursor, 0);
  return pager.loading;
}

/** Keeps the cursor in view: the first visible row for a cursor, given the previous first row. */
export function scrollOffset(cursor: number, previous: number, height: number): number {
  if (cursor < previous) return cursor;
  if (cursor >= previous + height) return Math.max(0, cursor - height + 1);
  return previous;
}
