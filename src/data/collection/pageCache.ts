// Rows of a whole-collection view that are not in the Pager's window come back by their page's cursor
// (DESIGN.md, Paging: pages far from the viewport are fetched again from their cursor). A few pages are
// kept, least recently used out first; a handful of fetches at a time, the newest wanted first, so
// scrolling fast through a sorted view does not wait behind pages already scrolled past.
import type { PageSource } from '../pager';

export interface PageCacheOptions<T> {
  source: PageSource<T>;
  cursorOf(page: number): string | undefined;
  /** The page size the page was first read with (undefined: the listing's default). */
  sizeOf(page: number): number | undefined;
  /** Told when a page arrives (the view redraws). */
  changed(): void;
  signal: AbortSignal;
  maxPages?: number;
  concurrency?: number;
}

export class PageCache<T> {
  private readonly pages = new Map<number, T[]>();
  private readonly wanted: number[] = [];
  private readonly inFlight = new Set<number>();
  error: unknown = undefined;
  requests = 0;

  constructor(private readonly o: PageCacheOptions<T>) {}

  /** The page's rows if held; otherwise undefined, and the page is asked for. */
  get(page: number): T[] | undefined {
    const rows = this.pages.get(page);
    if (rows) {
      // Map order is insertion order: re-inserting marks it the most recently used.
      this.pages.delete(page);
      this.pages.set(page, rows);
      return rows;
    }
    if (!this.inFlight.has(page) && !this.wanted.includes(page)) {
      this.wanted.push(page);
      this.pump();
    }
    return undefined;
  }

  private pump(): void {
    const limit = this.o.concurrency ?? 4;
    while (this.inFlight.size < limit && this.wanted.length && !this.o.signal.aborted) {
      const page = this.wanted.pop()!;
      void this.fetch(page);
    }
    // What was wanted long ago and never started is no longer on screen.
    if (this.wanted.length > 64) this.wanted.splice(0, this.wanted.length - 64);
  }

  private async fetch(page: number): Promise<void> {
    this.inFlight.add(page);
    const { signal } = this.o;
    try {
      const it = this.o.source({ signal, cursor: this.o.cursorOf(page), pageSize: this.o.sizeOf(page) })[Symbol.asyncIterator]();
      const result = await it.next();
      await it.return?.();
      this.requests++;
      if (signal.aborted || result.done) return;
      this.pages.set(page, result.value.items);
      const max = this.o.maxPages ?? 32;
      for (const oldest of this.pages.keys()) {
        if (this.pages.size <= max) break;
        this.pages.delete(oldest);
      }
    } catch (err) {
      if (!signal.aborted) this.error = err;
    } finally {
      this.inFlight.delete(page);
      if (!signal.aborted) {
        this.o.changed();
        this.pump();
      }
    }
  }
}
