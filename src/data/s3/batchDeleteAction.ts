// Delete by prefix, as an action the person watches: count first, have the prefix typed, then delete
// in batches of 1,000 as a job (progress, per-key errors in its lines, cancellable between batches,
// a summary at the end). The versions variant removes every version and delete marker for good.
import type { ActionSpec } from '../actions';
import type { TreeNode } from '../tree';
import { formatBytes, formatCount } from '../format';
import { sanitize } from '../sanitize';
import { bucketClient } from './bucketClient';
import { countUnder, deleteUnder, type BatchTarget } from './batchDelete';
import { listErrors, seeOrCancel, thenCancel } from '../jobHints';
import { bucketVersioning, deleteNote } from './versioning';
import { batchesWord, startDeleteJob } from './deleteJob';

/** Folder rows, prefix and versions listings carry `{ bucket, prefix }`; a bucket carries `{ name }`. */
export function prefixTarget(n: TreeNode, versions: boolean): BatchTarget {
  const r = n.record as { bucket?: string; name?: string; prefix?: string };
  return { bucket: r.bucket ?? r.name ?? '', prefix: r.prefix ?? '', versions };
}

// Shown in the status line, which prints notices as they are: keys come sanitised.
const where = (t: BatchTarget) => sanitize(`s3://${t.bucket}/${t.prefix}`);

export function batchDeleteAction(command: 'action.delete' | 'action.deleteAll', versions: boolean): ActionSpec {
  const what = versions ? 'versions and delete markers' : 'objects';
  return {
    command,
    label: versions ? 'Delete all versions' : 'Delete prefix',
    mutates: true,
    confirm: 'type',
    // The prefix itself is typed; for a whole bucket (no prefix), its name.
    confirmText: (n) => prefixTarget(n, versions).prefix || prefixTarget(n, versions).bucket,
    async prepare(env) {
      const t = prefixTarget(env.node, versions);
      const client = await bucketClient(env.ctx, t.bucket, env.signal);
      // Counting a big prefix takes a while (a request per 1,000 keys): a job the person can watch and cancel.
      const counted = await new Promise<{ count: number; bytes: number } | undefined>((resolve, reject) => {
        env.jobs.start(`count ${where(t)}`, 'count', versions ? 'versions' : 'keys', async (job) => {
          try {
            const r = await countUnder(client, t, job.signal, (c) => job.update({ done: c, detail: 'counting before the delete' }));
            job.update({ done: r.count, total: r.count, detail: `${formatBytes(r.bytes)} to delete` });
            resolve(r);
          } catch (err) {
            if (job.signal.aborted) resolve(undefined);
            else reject(err);
            throw err;
          }
        });
        env.notify(`Counting the ${what} under ${where(t)} first (${thenCancel()})…`);
      });
      if (!counted) return { stop: `Counting stopped: nothing under ${where(t)} was deleted.` };
      const { count, bytes } = counted;
      env.notify(`${formatCount(count)} ${what} under ${where(t)}.`);
      if (count === 0) return { stop: `Nothing under ${where(t)}: nothing was deleted.` };
      const question = versions
        ? `Permanently delete all ${formatCount(count)} versions and delete markers (${formatBytes(bytes)}) under ${where(t)}? Nothing can be restored afterwards.`
        : `Delete ${count === 1 ? 'the 1 object' : `all ${formatCount(count)} objects`} (${formatBytes(bytes)}) under ${where(t)}, in batches of 1,000? ${deleteNote(await bucketVersioning(client, t.bucket, env.signal), count)}`;
      return { question, data: count };
    },
    async run(env) {
      const t = prefixTarget(env.node, versions);
      const total = env.prepared as number;
      const client = await bucketClient(env.ctx, t.bucket, env.signal);
      const title = `delete ${versions ? 'all versions under ' : ''}${where(t)}`;
      startDeleteJob(env, {
        title,
        unit: versions ? 'versions' : 'keys',
        total,
        run: (opts) => deleteUnder(client, t, opts),
        // The count was made before the question: the prefix may have changed since, so "about".
        summary: (r, left) =>
          r.stopped
            ? `Stopped after ${batchesWord(r.batches)}: ${formatCount(r.deleted)} deleted, ${formatCount(r.failed)} failed, about ${formatCount(left)} left untouched.`
            : `Done in ${batchesWord(r.batches)}: ${formatCount(r.deleted)} ${what} deleted, ${formatCount(r.failed)} failed.`,
        notice: (r, _left, summary) => `${title}: ${summary}${r.failed ? ` ${listErrors()}` : ''}`,
      });
      env.notify(`Deleting ${formatCount(total)} ${what} under ${where(t)} ${seeOrCancel()}.`);
    },
  };
}
