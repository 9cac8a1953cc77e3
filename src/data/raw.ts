// The raw view: an API record as the service sent it, pretty-printed, one sanitised line each, and a
// caption naming the operation and input that produced it (the same request value the call sent).
import { sanitize } from './sanitize';
import { requestCaption } from './request';
import { itemRequests } from './code/subject';
import type { Ctx, TreeNode } from './tree';

export function rawLines(record: unknown): string[] {
  const text = JSON.stringify(record, (_k, v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? String(v) : v), 2);
  return (text ?? 'undefined').split('\n').map(sanitize);
}

/**
 * What produced the record the raw view shows, sanitised: `HeadObject {"Bucket":…,"Key":…}` for a node
 * whose details are a request of their own; otherwise it is what the listing said of it.
 */
export function rawCaption(node: TreeNode, ctx: Ctx): string {
  const [request] = node.type.details ? itemRequests(node, ctx.session) : [];
  return sanitize(request ? `${requestCaption(request)} · as the API returned it` : 'what the listing returned for it (no request of its own)');
}
