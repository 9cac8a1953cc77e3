// `u` / `:upload PATH`: a file or a folder into the bucket or prefix in view, watched as a job (bytes,
// speed, ETA; a folder's per-file lines and summary). Replacing an existing object is asked first:
// one HeadObject for a file; for a folder, one listing of where it lands.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { personHome } from '../home';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ActionEnv, ActionSpec, InputSpec, Prepared } from '../actions';
import { completePath, type Completion } from '../pathComplete';
import type { Ctx, TreeNode } from '../tree';
import { formatBytes, formatCount, formatDate, formatDuration } from '../format';
import { sanitize } from '../sanitize';
import { bucketClient } from './bucketClient';
import { expandPath } from './actions';
import { labelBase } from './prefixView';
import { listObjects } from './objects';
import { uploadFile, type TransferProgress } from './upload';
import { listTree, uploadTree, type TreeListing } from './uploadTree';
import { escCancels, listErrors, seeOrCancel } from '../jobHints';

export type UploadPlan =
  | { kind: 'file'; path: string; bucket: string; key: string; size: number; replaces?: string }
  | { kind: 'folder'; path: string; bucket: string; prefix: string; listing: TreeListing; replaces: number; more: boolean };

/** Where the listing in view puts an upload: a bucket's top, or the folder of the prefix in view. */
export function uploadDestination(n: TreeNode): { bucket: string; prefix: string } {
  const r = n.record as { name?: string; bucket?: string; prefix?: string };
  return { bucket: r.bucket ?? r.name ?? '', prefix: labelBase(r.prefix ?? '') };
}

const url = (bucket: string, key: string) => sanitize(`s3://${bucket}/${key}`);

/** Reads the path and finds what it would replace; changes nothing. */
export async function planUpload(ctx: Ctx, dest: { bucket: string; prefix: string }, pathText: string, signal: AbortSignal): Promise<UploadPlan> {
  const path = expandPath(pathText);
  const s = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === 'ENOENT' ? `${path} does not exist: give the path of a file or a folder.` : `${path} cannot be read (${err.code}).`);
  });
  const client = await bucketClient(ctx, dest.bucket, signal);
  if (s.isFile()) {
    const key = dest.prefix + basename(path);
    const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
    const head = await client.send(new HeadObjectCommand({ Bucket: dest.bucket, Key: key }), { abortSignal: signal }).catch((err: { name?: string }) => {
      if (err.name === 'NotFound' || err.name === 'NoSuchKey') return undefined;
      throw err;
    });
    const replaces = head ? `${formatBytes(head.ContentLength)}, modified ${formatDate(head.LastModified)}` : undefined;
    return { kind: 'file', path, bucket: dest.bucket, key, size: s.size, replaces };
  }
  if (!s.isDirectory()) throw new Error(`${path} is neither a file nor a folder.`);
  if (path === '/' || path === personHome()) throw new Error(`${path} is ${path === '/' ? 'the whole file system' : 'your whole home folder'}: give a folder inside it.`);
  const listing = await listTree(path, signal);
  const prefix = dest.prefix;
  const { replaces, more } = await countExisting(client, dest.bucket, prefix + basename(path) + '/', new Set(listing.files.map((f) => prefix + f.rel)), signal);
  return { kind: 'folder', path, bucket: dest.bucket, prefix, listing, replaces, more };
}

/** How many of `keys` exist already under `under`; reads at most 10 pages (10,000 keys), then says "more". */
async function countExisting(client: S3Client, bucket: string, under: string, keys: Set<string>, signal: AbortSignal) {
  let replaces = 0;
  let pages = 0;
  for await (const page of listObjects(client, { bucket, prefix: under }, { signal })) {
    for (const e of page.items) if (keys.has(e.key)) replaces++;
    if (++pages >= 10 && page.next) return { replaces, more: true };
  }
  return { replaces, more: false };
}

export function uploadQuestion(p: UploadPlan): string {
  if (p.kind === 'file') {
    const base = `Upload ${sanitize(p.path)} (${formatBytes(p.size)}) to ${url(p.bucket, p.key)}?`;
    return p.replaces ? `${base} It REPLACES the object there (${p.replaces}).` : base;
  }
  const l = p.listing;
  const where = url(p.bucket, p.prefix + basename(p.path) + '/');
  const replaced = p.replaces || p.more ? ` ${p.more ? 'At least ' : ''}${formatCount(p.replaces)} of them REPLACE objects already there.` : '';
  const skipped = l.skipped.length ? ` ${formatCount(l.skipped.length)} links or special files are skipped.` : '';
  return `Upload the folder ${sanitize(p.path)} (${formatCount(l.files.length)} files, ${formatBytes(l.bytes)}) to ${where}?${replaced}${skipped}`;
}

const speedLine = (p: TransferProgress) =>
  `${formatBytes(Math.round(p.speed))}/s${p.eta !== undefined && p.bytes < p.total ? ` · ETA ${formatDuration(p.eta * 1000)}` : ''}`;

/** Starts the job; returns at once. */
export function startUpload(env: Pick<ActionEnv, 'jobs' | 'ctx' | 'notify' | 'refresh'>, plan: UploadPlan): void {
  const title = plan.kind === 'file' ? `upload ${sanitize(plan.key)}` : `upload ${sanitize(basename(plan.path))}/ (${formatCount(plan.listing.files.length)} files)`;
  env.jobs.start(title, 'upload', 'bytes', async (job) => {
    const client = await bucketClient(env.ctx, plan.bucket, job.signal);
    let shown = 0;
    const throttle = () => {
      // A render per event is too many to watch; ten a second is plenty.
      if (Date.now() - shown < 100) return false;
      shown = Date.now();
      return true;
    };
    if (plan.kind === 'file') {
      job.update({ total: plan.size });
      try {
        const r = await uploadFile(client, { bucket: plan.bucket, key: plan.key }, plan.path, {
          signal: job.signal,
          onProgress: (p) => throttle() && job.update({ done: p.bytes, detail: speedLine(p) }),
        });
        const line = r.completedAnyway ? `Cancelled too late: ${url(plan.bucket, plan.key)} was already complete.` : `Uploaded ${sanitize(plan.path)} to ${url(plan.bucket, plan.key)}`;
        job.update({ done: plan.size, detail: line, lines: [line] });
        env.notify(line, 'ok');
        env.refresh();
      } catch (err) {
        if (job.signal.aborted) job.update({ detail: 'Cancelled: the multipart upload was aborted, nothing is left in S3.', lines: ['Cancelled: nothing was left behind.'] });
        throw err;
      }
      return;
    }
    const lines: string[] = [];
    job.update({ total: plan.listing.bytes });
    const r = await uploadTree(client, { bucket: plan.bucket, prefix: plan.prefix }, plan.listing, {
      signal: job.signal,
      onProgress: (p) => throttle() && job.update({ done: p.bytes, detail: `${formatCount(p.filesDone)}/${formatCount(plan.listing.files.length)} files · ${speedLine(p)}` }),
      onFile: (line) => {
        lines.push(line);
        job.update({ lines: [...lines] });
      },
    });
    const summary = r.stopped
      ? `Stopped: ${formatCount(r.uploaded)} uploaded, ${formatCount(r.failed)} failed, ${formatCount(plan.listing.files.length - r.uploaded - r.failed)} not sent.`
      : `Done: ${formatCount(r.uploaded)} files (${formatBytes(r.bytes)}) uploaded, ${formatCount(r.failed)} failed.`;
    job.update({ detail: summary, lines: [summary, ...lines, ...plan.listing.skipped.map((s) => `– skipped ${s} (not a regular file)`)] });
    if (!r.stopped) env.notify(`${title}: ${summary}${r.failed ? ` ${listErrors()}` : ''}`, r.failed ? 'error' : 'ok');
    env.refresh();
    return r.failed ? 'failed' : 'succeeded';
  });
}

/** The path prompt; Tab completes the path as a shell would (pathComplete.ts). */
export const uploadPathField: InputSpec = {
  id: 'path',
  label: `Upload a file or a folder (its path; ~ is your home; ${escCancels()})`,
  kind: 'text',
  // Empty on purpose: Enter alone must not upload the folder awsnav was started in.
  initial: () => '',
  validate: (v) => (v.trim() ? undefined : 'Give the path of a file or a folder.'),
  complete: (v) => completePath(v),
};

/**
 * The upload action. The path is an input; a preset one (`:upload PATH`) is planned in `prepare`, so
 * the confirmation says what is uploaded and what it replaces. From the `u` prompt the plan is made
 * after the confirmation (prepare does not see the inputs yet) and a replacement is asked then.
 */
export function uploadAction(presetPath?: string): ActionSpec {
  return {
    command: 'action.upload',
    label: 'Upload',
    mutates: true,
    confirm: 'yes',
    question: (n) => {
      const d = uploadDestination(n);
      return `Upload into ${url(d.bucket, d.prefix)}? Nothing is replaced without asking.`;
    },
    inputs: presetPath === undefined ? [uploadPathField] : undefined,
    prepare:
      presetPath === undefined
        ? undefined
        : async (env): Promise<Prepared> => {
            const plan = await planUpload(env.ctx, uploadDestination(env.node), presetPath, env.signal);
            if (plan.kind === 'folder' && plan.listing.files.length === 0) return { stop: `${sanitize(plan.path)} has no files: nothing was uploaded.` };
            return { question: uploadQuestion(plan), data: plan };
          },
    async run(env) {
      let plan = env.prepared as UploadPlan | undefined;
      if (!plan) {
        plan = await planUpload(env.ctx, uploadDestination(env.node), env.input.path, env.signal);
        if (plan.kind === 'folder' && plan.listing.files.length === 0) return env.notify(`${sanitize(plan.path)} has no files: nothing was uploaded.`);
        // A folder is always confirmed again, now with its count and size; a file when it replaces one.
        const ask = plan.kind === 'folder' || plan.replaces !== undefined;
        if (ask && !(await env.ask(uploadQuestion(plan)))) return env.notify(plan.kind === 'file' ? 'Not uploaded: nothing was replaced.' : 'Not uploaded.');
      }
      startUpload(env, plan);
      env.notify(`Uploading ${sanitize(plan.path)} ${seeOrCancel()}.`);
    },
  };
}
