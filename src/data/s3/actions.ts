// What can be done to one object or one version: preview its start, download it (delete: deleteAction.ts). Rows of
// the folder view (s3.object) and of the versions view (s3.version) share these; a version row names
// its VersionId, an object row means the latest.
import { personHome } from '../home';
import { join, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import type { ActionEnv, ActionSpec } from '../actions';
import type { TreeNode } from '../tree';
import { formatBytes } from '../format';
import { sanitize } from '../sanitize';
import { bucketClient } from './bucketClient';
import { downloadObject, fileExists, fileNameOf, type DownloadTarget } from './download';
import { previewObject } from './preview';
import { escCancels, seeJobs } from '../jobHints';

interface Target extends DownloadTarget {
  marker: boolean;
}

/** Object and version rows both carry `{ bucket, entry: { key, versionId?, kind } }`. */
export function targetOf(n: TreeNode): Target {
  const { bucket, entry } = n.record as { bucket: string; entry: { key: string; versionId?: string; kind: string } };
  const versioned = n.type.name === 's3.version';
  return { bucket, key: entry.key, versionId: versioned ? entry.versionId : undefined, marker: entry.kind === 'marker' };
}

const describeTarget = (t: Target) => `${t.key}${t.versionId ? ` (version ${t.versionId})` : ''}`;
const noContent = (n: TreeNode) => (targetOf(n).marker ? 'a delete marker has no content' : undefined);

export const previewAction: ActionSpec = {
  command: 'action.preview',
  label: 'Preview',
  mutates: false,
  confirm: 'none',
  unavailable: noContent,
  async run(env) {
    const t = targetOf(env.node);
    const client = await bucketClient(env.ctx, t.bucket, env.signal);
    const p = await previewObject(client, t, env.signal);
    env.show?.(`preview · ${sanitize(describeTarget(t))}`, p.lines, p.note);
  },
};

/** '~/x' → the home directory; relative paths are relative to where awsnav was started. */
export function expandPath(path: string): string {
  const p = path.trim();
  return resolve(p === '~' || p.startsWith('~/') ? join(personHome(), p.slice(1)) : p);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

export const downloadAction: ActionSpec = {
  command: 'action.download',
  label: 'Download',
  mutates: false,
  confirm: 'none',
  unavailable: noContent,
  inputs: [
    {
      id: 'path',
      label: `Save to (a file or a folder; ${escCancels()})`,
      kind: 'text',
      initial: (n) => join(process.cwd(), fileNameOf(targetOf(n).key)),
      // Marked rows: a folder, each object saved under its own name (run joins it).
      initialMany: () => `${process.cwd()}/`,
      validate: (v) => (v.trim() ? undefined : 'Give a path to save to.'),
    },
  ],
  async run(env) {
    const t = targetOf(env.node);
    let path = expandPath(env.input.path);
    if (await isDirectory(path)) path = join(path, fileNameOf(t.key));
    let overwrite = false;
    if (await fileExists(path)) {
      if (!(await env.ask(`${path} already exists. Overwrite it?`))) {
        env.notify(`Not downloaded: ${path} was left as it was.`);
        return;
      }
      overwrite = true;
    }
    const client = await bucketClient(env.ctx, t.bucket, env.signal);
    startDownload(env, client, t, path, overwrite);
    env.notify(`Downloading to ${path} ${seeJobs()}.`);
  },
};

function startDownload(env: ActionEnv, client: Awaited<ReturnType<typeof bucketClient>>, t: Target, path: string, overwrite: boolean) {
  env.jobs.start(`download ${sanitize(t.key)}`, 'download', 'bytes', async (job) => {
    let shown = 0;
    const p = await downloadObject(client, t, path, {
      signal: job.signal,
      overwrite,
      onProgress: (p) => {
        // A render per chunk would be thousands a second; ten is plenty to watch.
        if (Date.now() - shown < 100 && p.bytes !== p.total) return;
        shown = Date.now();
        job.update({ done: p.bytes, total: p.total, detail: `${formatBytes(Math.round(p.speed))}/s` });
      },
    });
    job.update({ done: p.bytes, total: p.total ?? p.bytes, detail: `saved to ${path}`, lines: [`Saved ${describeTarget(t)} to ${path}`] });
  });
}
