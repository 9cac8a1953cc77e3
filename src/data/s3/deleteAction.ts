// Ctrl-D on an object or a version. One object: its bucket's versioning is asked first, so the
// question says whether the delete only adds a marker or is for good. Marked objects: one
// confirmation, then DeleteObjects in batches of 1,000 as a job, per-key errors in its lines.
import type { ActionEnv } from '../actions';
import type { ManyActionSpec } from '../manyActions';
import type { TreeNode } from '../tree';
import { formatCount } from '../format';
import { sanitize } from '../sanitize';
import { listErrors, seeJobs } from '../jobHints';
import { bucketClient } from './bucketClient';
import { deleteKeys, type Item } from './batchDelete';
import { batchesWord, startDeleteJob } from './deleteJob';
import { bucketVersioning, deleteNote, type Versioning } from './versioning';
import { targetOf } from './actions';
import { refusedWhy } from './denied';

export const deleteObjectAction: ManyActionSpec = {
  command: 'action.delete',
  label: 'Delete object',
  mutates: true,
  confirm: 'yes',
  unavailable: refusedWhy,
  // The question is prepare's: it asks the bucket's versioning first, so it says what the delete does.
  async prepare(env) {
    const t = targetOf(env.node);
    const v = await versioningOf(env, t.bucket);
    return { question: `Delete ${sanitize(`s3://${t.bucket}/${t.key}`)}? ${deleteNote(v)}` };
  },
  async run(env) {
    const t = targetOf(env.node);
    await deleteOne(env, t.bucket, t.key);
    env.notify(`Deleted ${sanitize(t.key)}.`, 'ok');
    env.refresh();
  },
  async prepareMany(env) {
    return { note: deleteNote(await versioningOf(env, markedItems(env.nodes).bucket), env.nodes.length) };
  },
  async runMany(env) {
    startDeleteMany(env, 'objects');
    env.notify(`Deleting ${formatCount(env.nodes.length)} objects in batches of 1,000 ${seeJobs()}.`);
  },
};

export const deleteVersionAction: ManyActionSpec = {
  command: 'action.delete',
  label: 'Delete version',
  mutates: true,
  confirm: 'yes',
  unavailable: refusedWhy,
  question: (n) => {
    const t = targetOf(n);
    return sanitize(
      t.marker
        ? `Remove delete marker ${t.versionId} of ${t.key}? If it is the latest, the version before it becomes current again.`
        : `Permanently delete version ${t.versionId} of ${t.key}? This cannot be undone.`,
    );
  },
  async run(env) {
    const t = targetOf(env.node);
    await deleteOne(env, t.bucket, t.key, t.versionId);
    env.notify(`Deleted ${t.marker ? 'delete marker' : 'version'} ${sanitize(`${t.versionId} of ${t.key}`)}.`, 'ok');
    env.refresh();
  },
  // Marked versions: each named by its VersionId, so these deletes are for good (a marker removed
  // brings the version under it back).
  prepareMany: async (env) => ({
    note: `Each is deleted for good${env.nodes.some((n) => targetOf(n).marker) ? ' (a delete marker removed makes the version under it current again)' : ''}.`,
  }),
  async runMany(env) {
    startDeleteMany(env, 'versions');
    env.notify(`Deleting ${formatCount(env.nodes.length)} versions in batches of 1,000 ${seeJobs()}.`);
  },
};

async function versioningOf(env: Pick<ActionEnv, 'ctx' | 'signal'>, bucket: string): Promise<Versioning> {
  const client = await bucketClient(env.ctx, bucket, env.signal);
  return bucketVersioning(client, bucket, env.signal);
}

/** Marked rows come from one listing, so from one bucket: its name, and each row as DeleteObjects names it. */
function markedItems(nodes: TreeNode[]): { bucket: string; items: Item[] } {
  const targets = nodes.map(targetOf);
  return { bucket: targets[0].bucket, items: targets.map((t) => (t.versionId ? { Key: t.key, VersionId: t.versionId } : { Key: t.key })) };
}

function startDeleteMany(env: ActionEnv & { nodes: TreeNode[] }, what: 'objects' | 'versions') {
  const { bucket, items } = markedItems(env.nodes);
  const where = sanitize(`s3://${bucket}`);
  const total = formatCount(items.length);
  startDeleteJob(env, {
    title: `delete ${total} ${items.length === 1 ? what.slice(0, -1) : what} in ${where}`,
    unit: what === 'objects' ? 'keys' : 'versions',
    total: items.length,
    run: async (opts) => deleteKeys(await bucketClient(env.ctx, bucket, opts.signal), bucket, items, opts),
    summary: (r, left) =>
      r.stopped
        ? `Stopped after ${batchesWord(r.batches)}: ${formatCount(r.deleted)} deleted, ${formatCount(r.failed)} failed, ${formatCount(left)} left untouched.`
        : `Done in ${batchesWord(r.batches)}: ${formatCount(r.deleted)} of ${total} deleted, ${formatCount(r.failed)} failed.`,
    // The status line, what counts first (a narrow terminal cuts the end): how many went, then where.
    notice: (r, left) => {
      const failed = r.failed ? `; ${formatCount(r.failed)} failed. ${listErrors()}` : '.';
      return r.stopped
        ? `Stopped: deleted ${formatCount(r.deleted)} of ${total} ${what} in ${where}, ${formatCount(left)} left untouched${failed}`
        : `Deleted ${formatCount(r.deleted)} of ${total} ${what} in ${where}${failed}`;
    },
  });
}

async function deleteOne(env: ActionEnv, bucket: string, key: string, versionId?: string) {
  const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
  const client = await bucketClient(env.ctx, bucket, env.signal);
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }), { abortSignal: env.signal });
}
