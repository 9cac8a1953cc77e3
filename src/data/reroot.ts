// Re-rooting a path after a profile or region switch: the new profile's node, then as much of the old
// path as still exists under it (dev › s3 › logs › 2024/ becomes prod › s3 › logs if prod has a logs
// bucket but no 2024/ prefix in it). Each level is looked up by id in the new parent's listing, a few
// pages at most; the caller bounds the whole walk with its signal.
import { childContext } from './context';
import type { Ctx, TreeNode } from './tree';

export interface Rerooted {
  path: TreeNode[];
  /** The first old node that was not found (or could not be checked), if any. */
  missing?: TreeNode;
  /** Why it could not be checked (an error listing the parent). */
  error?: unknown;
}

export async function reroot(head: TreeNode[], rest: TreeNode[], signal: AbortSignal, maxPages = 3): Promise<Rerooted> {
  const path = [...head];
  let ctx: Ctx = {};
  for (const n of path) ctx = childContext(n, ctx);
  for (const old of rest) {
    const parent = path[path.length - 1];
    if (!parent.type.children) return { path, missing: old };
    let found: TreeNode | undefined;
    try {
      let pages = 0;
      for await (const page of parent.type.children(parent, ctx, { signal })) {
        found = page.items.find((c) => c.id === old.id && c.type.name === old.type.name);
        if (found || ++pages >= maxPages || signal.aborted) break;
      }
    } catch (error) {
      return { path, missing: old, error };
    }
    if (!found) return { path, missing: old };
    path.push(found);
    ctx = childContext(found, ctx);
  }
  return { path };
}
