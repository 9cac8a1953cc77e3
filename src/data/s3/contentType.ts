// Filtering a listing by content type (boto3 users do `[o for o in bucket.objects.filter(Prefix=p) if
// o.content_type == …]`). ListObjectsV2 does not return the content type, so each listed key is asked
// with HeadObject, a few at a time, only as the pager pulls pages: nothing is asked for keys the person
// never scrolls towards. The scan reports its progress and can be stopped; what matched so far stays.
import type { ListOptions, ListProgress, Page } from '../tree';
import { formatCount } from '../format';
import type { ObjectEntry } from './objects';
import { AbortFanout } from '../abortFanout';
import { Notifier } from '../observable';

/** HeadObjects in flight at once: enough to hide the round trip, few enough not to be throttled. */
export const HEAD_CONCURRENCY = 16;

/** 'text/csv' matches 'text/csv; charset=utf-8'; 'image/*' matches any image; case does not matter. */
export function matchesType(contentType: string | undefined, wanted: string): boolean {
  const have = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const want = wanted.trim().toLowerCase();
  if (want.endsWith('/*')) return have.startsWith(want.slice(0, -1));
  return have === want;
}

export class ContentTypeScan extends Notifier implements ListProgress {
  listed = 0;
  checked = 0;
  matched = 0;
  /** Keys HeadObject could not see (deleted since listed, denied): counted, not matched. */
  skipped = 0;
  state: 'scanning' | 'waiting' | 'done' | 'stopped' = 'waiting';
  private controller = new AbortController();
  /** Content types already asked, by key and ETag, so a page fetched again costs no HeadObject. */
  private known = new Map<string, string>();
  /**
   * Pages already counted, by cursor: a page read again (the Pager's window, a sort reading rows back)
   * neither counts twice nor starts the scan again; only a refresh does (reset).
   */
  readonly countedPages = new Set<string>();

  constructor(readonly wanted: string) {
    super();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get running(): boolean {
    return this.state === 'scanning';
  }

  text(): string {
    const checked = `checked ${formatCount(this.checked)} of ${formatCount(this.listed)} listed`;
    const counts = `${this.wanted}: ${this.state === 'stopped' ? `stopped: ${checked}` : checked} · ${formatCount(this.matched)} match`;
    const skipped = this.skipped ? ` · ${formatCount(this.skipped)} unreadable` : '';
    const how = {
      scanning: ' · checking…',
      waiting: ' · more as you scroll',
      done: ' · all checked',
      stopped: ' · the rest never checked (r starts again)',
    }[this.state];
    return counts + skipped + how;
  }

  /**
   * What the listing covers when that is not "all of it": a stopped scan ended the listing early, so the
   * status line must not say "all loaded", nor an empty screen "No objects here".
   */
  covers(): string | undefined {
    if (this.state !== 'stopped') return undefined;
    return `stopped: checked ${formatCount(this.checked)} of ${formatCount(this.listed)} listed, the rest never checked`;
  }

  cancel(): void {
    if (this.state === 'done') return;
    this.controller.abort();
    this.set('stopped');
  }

  /** A fresh listing (refresh) starts the count again. */
  reset(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.listed = this.checked = this.matched = this.skipped = 0;
    this.countedPages.clear();
    this.set('waiting');
  }

  set(state: ContentTypeScan['state']): void {
    this.state = state;
    this.notify();
  }

  async typeOf(e: ObjectEntry, head: (key: string, signal: AbortSignal) => Promise<string | undefined>, signal: AbortSignal) {
    const id = `${e.key}\u0000${e.etag ?? ''}`;
    const cached = this.known.get(id);
    if (cached !== undefined) return cached;
    const type = (await head(e.key, signal)) ?? '';
    this.known.set(id, type);
    return type;
  }
}

export type HeadType = (key: string, signal: AbortSignal) => Promise<string | undefined>;

/** The listing's pages, each cut down to the objects whose content type matches. */
export async function* filterByContentType(
  pages: (opts: ListOptions) => AsyncIterable<Page<ObjectEntry>>,
  head: HeadType,
  scan: ContentTypeScan,
  opts: ListOptions,
  concurrency = HEAD_CONCURRENCY,
): AsyncIterable<Page<ObjectEntry>> {
  // A refresh starts the scan again (useBrowserInput calls reset); any other first-page read is a re-read.
  if (scan.state === 'stopped') return;
  const signal = AbortSignal.any([opts.signal, scan.signal]);
  // One listener on the shared signal, not one per HeadObject in flight (abortFanout.ts).
  const fanout = new AbortFanout(signal);
  try {
    for await (const page of pages({ ...opts, signal })) {
      const objects = page.items.filter((e) => e.kind === 'object');
      const pageKey = page.cursor ?? '';
      const fresh = !scan.countedPages.has(pageKey);
      if (fresh) {
        scan.listed += objects.length;
        scan.set('scanning');
      }
      const keep = new Array<boolean>(objects.length).fill(false);
      const check = mapLimit(objects, concurrency, signal, async (e, i) => {
        let type: string | undefined;
        try {
          type = await fanout.run((own) => scan.typeOf(e, head, own));
        } catch (err) {
          if (signal.aborted || !isPerKey(err)) throw err;
          if (fresh) scan.skipped++;
        }
        const ok = type !== undefined && matchesType(type, scan.wanted);
        if (fresh) {
          scan.checked++;
          if (ok) scan.matched++;
          // Often enough to watch, not a render per key.
          if (scan.checked % 25 === 0) scan.notify();
        }
        keep[i] = ok;
      });
      const stoppedHere = await check.then(
        () => false,
        (err) => {
          if (scan.signal.aborted && !opts.signal.aborted) return true;
          throw err;
        },
      );
      if (stoppedHere) {
        // Stopped in the middle of a page: the matches checked so far in it stay too.
        yield { ...page, items: objects.filter((_, i) => keep[i]), next: undefined };
        return;
      }
      if (fresh) {
        scan.countedPages.add(pageKey);
        scan.set(page.next === undefined ? 'done' : 'waiting');
      }
      yield { ...page, items: objects.filter((_, i) => keep[i]) };
    }
  } catch (err) {
    // Stopped by the person: the listing ends here with what matched so far.
    if (scan.signal.aborted && !opts.signal.aborted) return;
    if (scan.state === 'scanning') scan.set('waiting');
    throw err;
  } finally {
    fanout.close();
  }
}

/** A key that vanished or is denied is that key's problem, not the listing's. */
function isPerKey(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode;
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.name === 'Forbidden' || e.name === 'AccessDenied' || status === 403 || status === 404;
}

/** `fn` over `items`, at most `limit` at a time, results in order. */
export async function mapLimit<T, R>(items: T[], limit: number, signal: AbortSignal, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      signal.throwIfAborted();
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
