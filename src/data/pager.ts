// A lazily filled, windowed list over an async iterable of pages. The UI asks for the row under the
// cursor (`ensure`); the pager pulls the next page only when the cursor comes within `lookahead` rows of
// the end of what is loaded, and keeps at most `keepRows` rows in memory: pages far from the cursor are
// dropped, their cursors kept, and fetched again when the cursor comes back (DESIGN.md, Paging).
// This file is the Pager's public face and its loading (what is read, when, and what a failure or a
// walk to the end does); which pages are held and which dropped is pageWindow.ts.
// No React here: hooks subscribe to it (data/observable.ts).
import type { ListOptions, Page } from './tree';
import { Observable } from './observable';
import { PageWindow, type Slot } from './pageWindow';

export type PageSource<T> = (opts: ListOptions) => AsyncIterable<Page<T>>;

export interface PagerOptions {
  pageSize?: number;
  keepRows?: number;
}

export class Pager<T> extends Observable {
  private readonly window: PageWindow<T>;
  private iterator?: AsyncIterator<Page<T>>;
  private nextCursor?: string;
  private ended = false;
  private loadingNext = false;
  private refetching = new Set<Slot<T>>();
  private controller = new AbortController();
  private want = { index: 0, lookahead: 0 };
  private disposed = false;
  /** Aborted when the pager is disposed: work over the whole collection (collection/) ends with it. */
  private readonly life = new AbortController();
  /** G: pull page after page until the end, wherever the cursor is (see toEnd). */
  private following?: { resolve(reachedEnd: boolean): void; before: { index: number; lookahead: number } };
  error: unknown = undefined;

  constructor(
    /** The listing itself: whole-collection work (collection/) reads it again with the same page size. */
    readonly source: PageSource<T>,
    private readonly options: PagerOptions = {},
  ) {
    super();
    this.window = new PageWindow(options.keepRows);
  }

  get length(): number {
    return this.window.length;
  }
  get done(): boolean {
    return this.ended;
  }
  get loading(): boolean {
    return this.loadingNext || this.refetching.size > 0;
  }
  get residentRows(): number {
    return this.window.resident;
  }
  get pageSize(): number | undefined {
    return this.options.pageSize;
  }
  get lifetime(): AbortSignal {
    return this.life.signal;
  }
  /** True while a walk to the end (toEnd) is under way. */
  get walking(): boolean {
    return this.following !== undefined;
  }

  /**
   * Every page read so far, in order (where it starts, its cursor, the size it was read with), and where
   * to read on: a scan of the whole collection takes the held pages as they are and reads again only
   * the dropped ones, by their cursor, before reading on past the end of what was read.
   */
  pageList(): { pages: { start: number; count: number; cursor?: string; size?: number }[]; next?: string; end: boolean } {
    const pages = this.window.pages(this.options.pageSize);
    return { pages, next: this.nextCursor, end: this.ended };
  }

  /** The rows of the page that starts at `start`, if it is held. */
  heldPage(start: number): T[] | undefined {
    return this.window.heldPage(start);
  }

  /**
   * G: reads page after page to the true end of the listing, in one go; the rows kept are the ones at
   * the end (the window follows; past KEEP_ROWS, only the tail: WALK_KEEP_ROWS, both in pageWindow.ts).
   * Resolves true at the end, false when stopped (stopWalk) or failed.
   */
  toEnd(): Promise<boolean> {
    if (this.ended) return Promise.resolve(true);
    this.following?.resolve(false);
    return new Promise((resolve) => {
      this.following = { resolve, before: this.want };
      this.notify();
      this.ensure(Math.max(0, this.length - 1), this.want.lookahead);
    });
  }

  stopWalk(): void {
    const f = this.following;
    this.following = undefined;
    if (f) {
      // Back to what the cursor wanted before: the next page is no longer pulled towards the end.
      this.want = f.before;
      f.resolve(false);
      this.notify();
    }
  }

  /**
   * The whole listing, known in memory already (NodeType.rowsNow): held at once as one finished page,
   * so the screen's first frame has its rows, not a loading frame first and the rows a frame later.
   * Only on a fresh pager: it is the first page read, and the last (the source is not asked for more;
   * a refresh makes a new pager and seeds it again). The source stays the listing's, for what reads it
   * again (`:pagesize`, a whole-collection sort or filter, a dropped page).
   */
  seed(items: T[]): void {
    if (this.window.slots.length > 0 || this.loadingNext || this.ended) throw new Error('Pager.seed: the pager has already read');
    // A copy: update() replaces rows in place, and the caller's list (the profiles) is not the pager's.
    this.window.push({ items: [...items] });
    this.ended = true;
    this.notify();
  }

  /** The row at `index`, or undefined while its page is being (re)fetched. */
  at(index: number): T | undefined {
    return this.window.at(index);
  }

  /** Every row held in memory, with its index (what a filter over "the loaded rows" covers). */
  residentEntries(): Iterable<[number, T]> {
    return this.window.entries();
  }

  /** Replaces loaded rows in place (a waiter saw an instance change state): no refetch, no shift. */
  update(replace: (item: T) => T | undefined): void {
    if (this.window.update(replace)) this.notify();
  }

  /** The cursor is at `index` and `lookahead` rows around it should be ready. */
  ensure(index: number, lookahead = 50): void {
    if (this.disposed) return;
    // While walking to the end, the window follows the end, not the cursor left behind.
    // (One past the last row: the next page is due whatever the look-ahead.)
    if (this.following) index = Math.max(index, this.length);
    this.want = { index, lookahead };
    if (this.error !== undefined) return;
    if (!this.ended && !this.loadingNext && index + lookahead >= this.length) void this.loadNext();
    for (const slot of this.window.slotsNear(index, lookahead)) {
      if (!slot.items && !this.refetching.has(slot)) void this.refetch(slot);
    }
    this.evict(index, lookahead);
  }

  /**
   * The same listing with other options (`:pagesize`), read again at once from the page that holds
   * `index` (the cursor), so the rows in view are the ones read with the new size. What comes before
   * stays as it was read: its pages are kept, or fetched again by cursor with the size they had.
   */
  reopen(options: PagerOptions, index: number): Pager<T> {
    const fresh = new Pager(this.source, { ...this.options, ...options });
    const at = this.window.slotIndexAt(index);
    if (at <= 0) return fresh;
    fresh.window.keepHead(this.window, at, this.options.pageSize);
    fresh.nextCursor = this.window.slots[at].cursor;
    fresh.want = { index, lookahead: this.want.lookahead };
    return fresh;
  }

  /** After an error: resume from the last good page (or the dropped page that failed). */
  retry(): void {
    this.error = undefined;
    this.iterator = undefined;
    this.notify();
    this.ensure(this.want.index, this.want.lookahead);
  }

  /** Abort what is in flight but keep what is loaded: the screen is left, it may be come back to. */
  suspend(): void {
    this.stopWalk();
    this.controller.abort();
    this.controller = new AbortController();
    this.iterator = undefined;
    this.loadingNext = false;
    this.refetching.clear();
    this.notify();
  }

  dispose(): void {
    this.disposed = true;
    this.following?.resolve(false);
    this.following = undefined;
    this.controller.abort();
    this.life.abort();
    this.unsubscribeAll();
  }

  private async loadNext(): Promise<void> {
    const { signal } = this.controller;
    this.loadingNext = true;
    this.notifyAfterSend();
    try {
      this.iterator ??= this.source({ signal, cursor: this.nextCursor, pageSize: this.options.pageSize })[
        Symbol.asyncIterator
      ]();
      const result = await this.iterator.next();
      if (signal.aborted) return;
      if (result.done) {
        this.ended = true;
      } else {
        const page = result.value;
        this.window.push(page);
        this.nextCursor = page.next;
        if (page.next === undefined) this.ended = true;
        this.evict(this.want.index, this.want.lookahead);
      }
    } catch (err) {
      if (signal.aborted) return;
      this.error = err;
      this.iterator = undefined;
    } finally {
      if (!signal.aborted) {
        this.loadingNext = false;
        if (this.following && (this.ended || this.error !== undefined)) {
          this.following.resolve(this.ended);
          this.following = undefined;
        }
        this.notify();
        // One page may not be enough to fill the look-ahead (or a page came back empty): keep going.
        if (this.error === undefined) this.ensure(this.want.index, this.want.lookahead);
      }
    }
  }

  private async refetch(slot: Slot<T>): Promise<void> {
    const { signal } = this.controller;
    this.refetching.add(slot);
    this.notify();
    try {
      const it = this.source({ signal, cursor: slot.cursor, pageSize: slot.size ?? this.options.pageSize })[Symbol.asyncIterator]();
      const result = await it.next();
      await it.return?.();
      if (signal.aborted || result.done) return;
      const items = result.value.items;
      this.window.hold(slot, items);
      this.evict(this.want.index, this.want.lookahead);
      // The collection changed since the page was first read: shift what follows so indices stay dense.
      this.window.recount(slot, items.length);
    } catch (err) {
      if (!signal.aborted) this.error = err;
    } finally {
      if (!signal.aborted) {
        this.refetching.delete(slot);
        this.notify();
      }
    }
  }

  private evict(index: number, lookahead: number): void {
    this.window.evict(index, lookahead, this.following !== undefined);
  }

  /**
   * "Loading…" is announced on the next turn of the event loop, not now: a listener's redraw (a whole
   * Ink frame) would otherwise run before the request is even sent, and delay the first row by that
   * frame (bench figure 2). By the next turn the request is on the wire; if the page came first, its
   * own notify has already told everyone.
   */
  private notifyAfterSend(): void {
    const version = this.version;
    setImmediate(() => {
      if (!this.disposed && this.version === version) this.notify();
    });
  }
}
