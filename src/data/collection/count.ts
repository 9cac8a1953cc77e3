// Counting a bucket, a folder or the listing in view: objects and bytes (and, in the versions view,
// versions and delete markers), streamed through the listing's own paginator with nothing kept but the
// running totals. The result stays with the node it counted until that listing is refreshed.
import type { ListOptions, Page, TreeNode } from '../tree';
import { formatBytes, formatCount } from '../format';
import { Observable } from '../observable';

export interface Totals {
  objects: number;
  bytes: number;
  /** In a versions view: versions (objects counts them too) and delete markers. */
  versions: number;
  markers: number;
  /** Rows that are neither (folders in a folder view). */
  other: number;
  pages: number;
  done: boolean;
}

export const emptyTotals = (): Totals => ({ objects: 0, bytes: 0, versions: 0, markers: 0, other: 0, pages: 0, done: false });

/** What a row adds: S3 objects and versions carry an entry with a kind and a size. */
function tally(t: Totals, n: TreeNode): void {
  const e = (n.record as { entry?: { kind?: string; size?: number } } | undefined)?.entry;
  if (!e) return void t.other++;
  if (e.kind === 'object' || e.kind === 'version') {
    t.objects++;
    t.bytes += e.size ?? 0;
    if (e.kind === 'version') t.versions++;
  } else if (e.kind === 'marker') t.markers++;
  else t.other++;
}

/** Every page of `source`, totalled. `progress` hears the totals after each page. */
export async function countPages(
  source: (opts: ListOptions) => AsyncIterable<Page<TreeNode>>,
  signal: AbortSignal,
  progress: (t: Totals) => void = () => {},
  pageSize?: number,
): Promise<Totals> {
  const t = emptyTotals();
  for await (const page of source({ signal, pageSize })) {
    for (const n of page.items) tally(t, n);
    t.pages++;
    progress(t);
  }
  t.done = true;
  progress(t);
  return t;
}

export function totalsText(t: Totals, versions: boolean): string {
  const parts = versions
    ? [`${formatCount(t.versions)} ${t.versions === 1 ? 'version' : 'versions'}`, `${formatCount(t.markers)} delete ${t.markers === 1 ? 'marker' : 'markers'}`]
    : [`${formatCount(t.objects)} ${t.objects === 1 ? 'object' : 'objects'}`];
  parts.push(formatBytes(t.bytes));
  return parts.join(' · ');
}

/** Counts kept per node (by its type and id), until the listing they were taken in is refreshed. */
export class CountStore extends Observable {
  private readonly results = new Map<string, { totals: Totals; stopped: boolean; at: Date; versions: boolean }>();

  static keyOf(n: TreeNode): string {
    const r = n.record as { bucket?: string; name?: string } | undefined;
    return `${n.type.name}\u0000${r?.bucket ?? r?.name ?? ''}\u0000${n.id}`;
  }

  set(n: TreeNode, totals: Totals, stopped: boolean, versions: boolean): void {
    this.results.set(CountStore.keyOf(n), { totals: { ...totals }, stopped, at: new Date(), versions });
    this.notify();
  }

  /** The detail pane's lines for a node that was counted. */
  fields(n: TreeNode): { label: string; value: string }[] {
    const r = this.results.get(CountStore.keyOf(n));
    if (!r) return [];
    const what = totalsText(r.totals, r.versions);
    const value = r.totals.done ? what : `${what} so far (stopped after ${formatCount(r.totals.pages)} pages: not all of it)`;
    return [{ label: r.totals.done ? 'Count' : 'Count (part)', value }];
  }

  forget(n: TreeNode): void {
    if (this.results.delete(CountStore.keyOf(n))) this.notify();
  }
}

export const counts = new CountStore();

/** The detail pane's count lines: the selected row's, and the listing in view's when it was counted. */
export function countFields(selected: TreeNode | undefined, here: TreeNode): { label: string; value: string }[] {
  const own = selected ? counts.fields(selected) : [];
  const listing = selected !== here ? counts.fields(here).map((f) => ({ label: `${f.label} here`, value: f.value })) : [];
  return [...own, ...listing];
}
