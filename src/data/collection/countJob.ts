// `c` / `:count`: a count runs as a job (watched in the jobs panel, cancellable there), and what it
// found shows in the detail pane of the node it counted. A bucket or a folder is counted over every key
// under it (the flat listing), whatever the view; other listings over their own rows.
import type { Ctx, TreeNode } from '../tree';
import type { JobRegistry } from '../jobs';
import { childContext } from '../context';
import { node } from '../tree';
import { s3Prefix } from '../s3/nodes';
import type { PrefixRecord } from '../s3/prefixView';
import { sanitize } from '../sanitize';
import { countPages, counts, totalsText } from './count';

/** What to list to count `n`: every key under a bucket or folder, or the listing itself. */
export function countTarget(n: TreeNode): TreeNode | undefined {
  if (n.type.name === 's3.bucket') return node(s3Prefix, '|flat||', n.label, { bucket: (n.record as { name: string }).name, prefix: '', flat: true });
  if (n.type.name === 's3.prefix') {
    const r = n.record as PrefixRecord;
    // A content-type view is counted as it is (its own scan); a folder or a flat view: every key under it.
    if (r.contentType) return n;
    return node(s3Prefix, `${r.prefix}|flat||`, n.label, { bucket: r.bucket, prefix: r.prefix, flat: true, from: r.from });
  }
  return n.type.children ? n : undefined;
}

/** Starts counting `n` (listed in `parentCtx`, the context its own listing is read in) as a job. */
export function startCount(jobs: JobRegistry, n: TreeNode, parentCtx: Ctx, pageSize?: number): string | undefined {
  const target = countTarget(n);
  if (!target?.type.children) return 'Nothing to count here: counts work on a bucket, a folder or a listing.';
  const ctx = childContext(target, parentCtx);
  const versions = target.type.name === 's3.versions';
  jobs.start(`Count ${sanitize(n.label || '/')}`, 'count', 'pages', async (job) => {
    let last = { pages: 0 } as Parameters<Parameters<typeof countPages>[2] & {}>[0];
    try {
      const totals = await countPages(
        (opts) => target.type.children!(target, ctx, opts),
        job.signal,
        (t) => {
          last = t;
          job.update({ done: t.pages, detail: totalsText(t, versions) });
        },
        pageSize,
      );
      counts.set(n, totals, false, versions);
      job.update({ lines: [totalsText(totals, versions)] });
    } catch (err) {
      // Cancelled: what was counted stays, marked as a part.
      if (job.signal.aborted && last.pages > 0) counts.set(n, last, true, versions);
      throw err;
    }
  });
  return undefined;
}
