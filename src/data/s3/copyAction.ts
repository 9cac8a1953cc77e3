// `c` / `m` and `:cp DEST` / `:mv DEST`: the selected object (or, when marks come, several) copied or
// moved server-side to another prefix or bucket, as a job: a line per key, a summary; a move deletes a
// source only once its copy is complete.
import type { ActionEnv, ActionSpec } from '../actions';
import type { TreeNode } from '../tree';
import { formatBytes, formatCount } from '../format';
import { sanitize } from '../sanitize';
import { bucketClient } from './bucketClient';
import { copyObjects, parseDestination, type CopySource } from './copy';
import { refusal, refusalText } from './denied';
import { seeJobs } from '../jobHints';

interface ObjectRow {
  bucket: string;
  entry: { key: string; size?: number };
  parent?: string;
}

/** The objects acted on: today the selected row; a list, so marks can pass several. */
export function sourcesOf(nodes: TreeNode[]): { bucket: string; base: string; sources: CopySource[] } {
  const rows = nodes.map((n) => n.record as ObjectRow);
  return { bucket: rows[0].bucket, base: rows[0].parent ?? '', sources: rows.map((r) => ({ key: r.entry.key, size: r.entry.size })) };
}

export function startCopy(env: Pick<ActionEnv, 'jobs' | 'ctx' | 'notify' | 'refresh'>, nodes: TreeNode[], destText: string, move: boolean): string | undefined {
  const { bucket, base, sources } = sourcesOf(nodes);
  const dest = parseDestination(destText, { bucket, prefix: base }, sources.length);
  if (typeof dest === 'string') return dest;
  // Into a bucket that refused to be listed: it would most likely refuse the copy too (denied.ts).
  const refused = refusal(env.ctx.session, dest.bucket);
  if (refused) return `Not copied: ${sanitize(`s3://${dest.bucket}`)}: ${refusalText(refused)}.`;
  const destKey = (s: CopySource) => dest.exact ?? dest.prefix + s.key.slice(base.length);
  const verb = move ? 'move' : 'copy';
  const where = sanitize(`s3://${dest.bucket}/${dest.exact ?? dest.prefix}`);
  env.jobs.start(`${verb} ${formatCount(sources.length)} object${sources.length === 1 ? '' : 's'} → ${where}`, verb, 'objects', async (job) => {
    const [source, target] = await Promise.all([bucketClient(env.ctx, bucket, job.signal), bucketClient(env.ctx, dest.bucket, job.signal)]);
    const lines: string[] = [];
    job.update({ total: sources.length });
    const r = await copyObjects(
      { source, dest: target },
      { sourceBucket: bucket, sources, destBucket: dest.bucket, destKey },
      {
        signal: job.signal,
        move,
        onKey: (l) => lines.push(l),
        onProgress: (p) => job.update({ done: p.done + p.failed, detail: `${formatBytes(p.bytes)} copied · ${formatCount(p.failed)} failed`, lines: [...lines] }),
      },
    );
    const summary = `${r.stopped ? 'Stopped' : 'Done'}: ${formatCount(r.copied)} copied${move ? `, ${formatCount(r.deleted)} sources deleted` : ''}, ${formatCount(r.failed)} failed${move && r.failed ? ' (their sources were left alone)' : ''}.`;
    job.update({ detail: summary, lines: [summary, ...lines] });
    env.notify(`${verb} → ${where}: ${summary}`, r.failed ? 'error' : 'ok');
    env.refresh();
    return r.failed ? 'failed' : 'succeeded';
  });
  return undefined;
}

export function copyAction(move: boolean, preset?: string): ActionSpec {
  return {
    command: move ? 'action.move' : 'action.copy',
    label: move ? 'Move' : 'Copy',
    mutates: true,
    confirm: 'yes',
    question: (n) =>
      move
        ? `Move ${sanitize(`s3://${sourcesOf([n]).bucket}/${(n.record as ObjectRow).entry.key}`)}${preset ? ` to ${sanitize(preset)}` : ''}? It is copied first and deleted only once the copy is complete.`
        : `Copy ${sanitize(`s3://${sourcesOf([n]).bucket}/${(n.record as ObjectRow).entry.key}`)}${preset ? ` to ${sanitize(preset)}` : ''}, server-side?`,
    inputs:
      preset === undefined
        ? [
            {
              id: 'dest',
              label: `${move ? 'Move' : 'Copy'} to (s3://bucket/folder/, /folder/ in this bucket, folder/ under this one, or a new name)`,
              kind: 'text',
              initial: (n) => `s3://${sourcesOf([n]).bucket}/${sourcesOf([n]).base}`,
              validate: (v) => (v.trim() ? undefined : 'Give a destination.'),
            },
          ]
        : undefined,
    async run(env) {
      const problem = startCopy(env, [env.node], preset ?? env.input.dest, move);
      if (problem) return env.notify(problem, 'error');
      env.notify(`${move ? 'Moving' : 'Copying'} ${seeJobs()}.`);
    },
    // Marked rows (Space): every key in one job, after the one confirmation that names them.
    async runMany(env) {
      const problem = startCopy(env, env.nodes, preset ?? env.input.dest, move);
      if (problem) return env.notify(problem, 'error');
      env.notify(`${move ? 'Moving' : 'Copying'} ${env.nodes.length} objects ${seeJobs()}.`);
    },
  };
}
