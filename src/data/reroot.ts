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
  /** For each level found, its row in its parent's listing when that is in the first page. */
  rows: (number | undefined)[];
}

export async function reroot(head: TreeNode[], rest: TreeNode[], signal: AbortSignal, maxPages = 3): Promise<Rerooted> {
  const path = [...head];
  const rows: (number | undefined)[] = [];
  let ctx: Ctx = {};
  for (const n of path) ctx = childContext(n, ctx);
  for (const old of rest) {
    const parent = path[path.length - 1];
    if (!parent.type.children) return { path, missing: old, rows };
    let found: TreeNode | undefined;
    let row: number | undefined;
    try {
      let pages = 0;
      for await (const page of parent.type.children(parent, ctx, { signal })) {
        const i = page.items.findIndex((c) => c.id === old.id && c.type.name === old.type.name);
        found = page.items[i];
        // Only a first-page row is certain to be where the new listing will show it.
        if (found && pages === 0) row = i;
        if (found || ++pages >= maxPages || signal.aborted) break;
      }
    } catch (error) {
      return { path, missing: old, error, rows };
    }
    if (!found) return { path, missing: old, rows };
    rows.push(row);
    path.push(found);
    ctx = childContext(found, ctx);
  }
  return { path, rows };
}
