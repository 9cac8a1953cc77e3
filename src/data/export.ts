// :export FILE — the whole collection in view (every page, not only the rows loaded) streamed through
// the listing's own paginator into a file, as a job: progress, cancel. Memory stays flat: a page is
// written (and the write drained) before the next is asked for. The file is written under a temporary
// name beside the final one and renamed at the end, so a cancelled or failed export never leaves a
// partial file under the name asked for.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Ctx, TreeNode } from './tree';
import type { JobRegistry, JobState } from './jobs';
import { formatCount } from './format';
import { sanitize } from './sanitize';
import { exportRow, formatOf, RowWriter, type ExportFormat } from './exportRows';
import { ContentTypeScan } from './s3/contentType';

export interface ExportOptions {
  pageSize?: number;
  /** Called as pages are written (tests, and the job's progress). */
  onPage?(rows: number, bytes: number): void;
}

export interface ExportResult {
  rows: number;
  bytes: number;
  format: ExportFormat;
}

/** The temporary name an export writes to before it is renamed: same directory, so the rename is atomic. */
export const partialName = (file: string): string => join(dirname(file), `.${basename(file)}.awsnav-partial-${process.pid}`);

/**
 * A listing with work of its own (a content-type scan) gets a fresh copy: the export must not reset or
 * stop the scan the screen shows.
 */
function exportable(n: TreeNode): TreeNode {
  const r = n.record as { scan?: ContentTypeScan; contentType?: string };
  if (!r.scan || !r.contentType) return n;
  return { ...n, record: { ...r, scan: new ContentTypeScan(r.contentType) } };
}

function write(out: WriteStream, text: string): Promise<void> {
  if (!text || out.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const fail = (err: Error) => reject(err);
    out.once('error', fail);
    out.once('drain', () => {
      out.off('error', fail);
      resolve();
    });
  });
}

/** Streams every child of `listing` into `file`. Rejects (and leaves nothing behind) on abort or error. */
export async function exportListing(listing: TreeNode, ctx: Ctx, file: string, signal: AbortSignal, opts: ExportOptions = {}): Promise<ExportResult> {
  const format = formatOf(file);
  if (!format) throw new Error(`"${file}": the format comes from the extension: .csv, .jsonl or .json.`);
  if (!listing.type.children) throw new Error('There is no listing here to export.');
  const n = exportable(listing);
  const temp = partialName(file);
  // 'wx': never write into someone else's file, even one that appeared under the temporary name.
  const out = createWriteStream(temp, { flags: 'wx' });
  const opened = new Promise<void>((resolve, reject) => out.once('open', () => resolve()).once('error', reject));
  const writer = new RowWriter(format);
  let rows = 0;
  try {
    await opened;
    for await (const page of n.type.children!(n, ctx, { signal, pageSize: opts.pageSize })) {
      signal.throwIfAborted();
      await write(out, writer.page(page.items.map(exportRow)));
      rows += page.items.length;
      opts.onPage?.(rows, out.bytesWritten + out.writableLength);
    }
    await write(out, writer.end());
    await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    signal.throwIfAborted();
    await rename(temp, file);
    return { rows, bytes: out.bytesWritten, format };
  } catch (err) {
    out.destroy();
    await rm(temp, { force: true });
    throw err;
  }
}

/** The export as a job in the jobs panel: rows written, bytes, cancellable (the request in flight is aborted). */
export function startExport(jobs: JobRegistry, listing: TreeNode, ctx: Ctx, file: string, opts: ExportOptions = {}, done?: (r: ExportResult) => void): JobState {
  const title = `export ${sanitize(listing.label || '/')} → ${sanitize(file)}`;
  return jobs.start(title, 'export', 'rows', async (job) => {
    job.update({ detail: 'first page…' });
    const r = await exportListing(listing, ctx, file, job.signal, {
      ...opts,
      onPage: (rowCount, bytes) => {
        job.update({ done: rowCount, detail: `${formatCount(rowCount)} rows · ${formatCount(bytes)} bytes written` });
        opts.onPage?.(rowCount, bytes);
      },
    });
    job.update({ done: r.rows, total: r.rows, detail: `${formatCount(r.rows)} rows, ${formatCount(r.bytes)} bytes`, lines: [`${title}: ${formatCount(r.rows)} rows (${r.format}), ${formatCount(r.bytes)} bytes`] });
    done?.(r);
  });
}
