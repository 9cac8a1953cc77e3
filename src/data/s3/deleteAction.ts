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
    const buckets = [...new Set(env.nodes.map((n) => targetOf(n).bucket))];
    const notes = await Promise.all(buckets.map(async (b) => [b, deleteNote(await versioningOf(env, b), env.nodes.length)] as const));
    // Marks come from one listing, so one bucket; several are named one by one.
    return { note: notes.length === 1 ? notes[0][1] : notes.map(([b, note]) => `${sanitize(b)}: ${note}`).join(' ') };
  },
  async runMany(env) {
    for (const [bucket, items] of byBucket(env.nodes)) startDeleteMany(env, bucket, items);
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
    for (const [bucket, items] of byBucket(env.nodes)) startDeleteMany(env, bucket, items, 'versions');
    env.notify(`Deleting ${formatCount(env.nodes.length)} versions in batches of 1,000 ${seeJobs()}.`);
  },
};

async function versioningOf(env: Pick<ActionEnv, 'ctx' | 'signal'>, bucket: string): Promise<Versioning> {
  const client = await bucketClient(env.ctx, bucket, env.signal);
  return bucketVersioning(client, bucket, env.signal);
}

function byBucket(nodes: TreeNode[]): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const n of nodes) {
    const t = targetOf(n);
    const items = out.get(t.bucket) ?? [];
    items.push(t.versionId ? { Key: t.key, VersionId: t.versionId } : { Key: t.key });
    out.set(t.bucket, items);
  }
  return out;
}

function startDeleteMany(env: ActionEnv, bucket: string, items: Item[], what: 'objects' | 'versions' = 'objects') {
  const noun = items.length === 1 ? what.slice(0, -1) : what;
  const title = `delete ${formatCount(items.length)} ${noun} in ${sanitize(`s3://${bucket}`)}`;
  env.jobs.start(title, 'batch delete', what === 'objects' ? 'keys' : 'versions', async (job) => {
    const client = await bucketClient(env.ctx, bucket, job.signal);
    const lines: string[] = [];
    job.update({ total: items.length });
    const r = await deleteKeys(client, bucket, items, {
      signal: job.signal,
      onBatch(p) {
        for (const e of p.errors) lines.push(sanitize(`✘ ${e.key}${e.versionId ? ` (${e.versionId})` : ''}: ${e.code} ${e.message}`));
        job.update({ done: p.deleted + p.failed, detail: `batch ${p.batches} · ${formatCount(p.failed)} failed`, lines: [...lines] });
      },
    });
    const left = items.length - r.deleted - r.failed;
    const summary = r.stopped
      ? `Stopped after ${r.batches} batch${r.batches === 1 ? '' : 'es'}: ${formatCount(r.deleted)} deleted, ${formatCount(r.failed)} failed, ${formatCount(left)} left untouched.`
      : `Done in ${r.batches} batch${r.batches === 1 ? '' : 'es'}: ${formatCount(r.deleted)} of ${formatCount(items.length)} deleted, ${formatCount(r.failed)} failed.`;
    job.update({ detail: summary, lines: [summary, ...lines] });
    // The status line, what counts first (a narrow terminal cuts the end): how many went, then where.
    const where = sanitize(`s3://${bucket}`);
    const failed = r.failed ? `; ${formatCount(r.failed)} failed. ${listErrors()}` : '.';
    env.notify(
      r.stopped
        ? `Stopped: deleted ${formatCount(r.deleted)} of ${formatCount(items.length)} ${what} in ${where}, ${formatCount(left)} left untouched${failed}`
        : `Deleted ${formatCount(r.deleted)} of ${formatCount(items.length)} ${what} in ${where}${failed}`,
      r.failed ? 'error' : 'ok',
    );
    env.refresh();
    return r.failed ? 'failed' : 'succeeded';
  });
}

async function deleteOne(env: ActionEnv, bucket: string, key: string, versionId?: string) {
  const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
  const client = await bucketClient(env.ctx, bucket, env.signal);
  await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }), { abortSignal: env.signal });
}
