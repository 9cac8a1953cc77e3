// A sort or a `/` filter over the whole collection, not the part in memory (DESIGN.md, Whole
// collections). Every page is streamed once through the listing's own paginator; of each row only what
// the view needs is kept: its row number, and for a sort its key, in typed arrays (12 bytes a row), plus
// each page's cursor. The rows themselves come back as they come into view: from the Pager's window if
// it holds them, else by their page's cursor (pageCache.ts). It starts with the pages already in memory,
// so the loaded rows are sorted or filtered at once, and reads on from there with progress and cancel.
// This file is the reading: which pages, in what order, and the scan's life (paused, stopped, failed).
// What is kept of each row and the order the view shows them in is rowIndex.ts; its words, scanText.ts.
import type { ListProgress } from '../tree';
import type { Pager } from '../pager';
import { Growable, floorIndex } from './growable';
import { PageCache } from './pageCache';
import { RowIndex, type IndexSpec } from './rowIndex';
import { coversText, progressText, type IndexState } from './scanText';
import { Observable } from '../observable';
import { inputQuiet } from '../inputQuiet';

export type { IndexSpec } from './rowIndex';
export type { IndexState } from './scanText';

const EMIT_EVERY_MS = 100;

export class IndexScan<T> extends Observable implements ListProgress {
  state: IndexState = 'idle';
  error: unknown = undefined;
  /** Rows read so far, kept or not. */
  read = 0;
  /** Requests this scan sent (pages read on, pages read again for the view). */
  get requests(): number {
    return this.pagesRead + this.cache.requests;
  }
  private pagesRead = 0;
  private readonly pageStart = new Growable(Float64Array, 64);
  private readonly pageCursor: (string | undefined)[] = [];
  /** The page size each page was read with: one read again by its cursor must be asked for as many
   * rows, or its rows would not line up (pages the Pager kept from before a `:pagesize` differ). */
  private readonly pageSizes: (number | undefined)[] = [];
  private readonly index: RowIndex<T>;
  private next?: string;
  private seeded = false;
  /** The pages the Pager had read when the scan began, taken in order (held) or read again (dropped). */
  private plan: { start: number; cursor?: string; size?: number }[] = [];
  private planAt = 0;
  private planEnds = false;
  private controller = new AbortController();
  /** Ends the rows' re-reads too: the scan is dropped (whole.ts) or its Pager disposed. */
  private readonly life = new AbortController();
  private readonly cache: PageCache<T>;
  private emitTimer?: NodeJS.Timeout;

  constructor(
    private readonly pager: Pager<T>,
    readonly spec: IndexSpec<T>,
  ) {
    super();
    this.index = new RowIndex(spec);
    this.cache = new PageCache({
      source: pager.source,
      cursorOf: (p) => this.pageCursor[p],
      sizeOf: (p) => this.pageSizes[p],
      changed: () => this.emit(),
      signal: this.life.signal,
    });
  }

  get running(): boolean {
    return this.state === 'reading';
  }
  get ended(): boolean {
    return this.state === 'done';
  }
  /** Rows kept so far (a filter's matches). */
  get kept(): number {
    return this.index.kept;
  }

  /** Starts, or goes on after a pause (the screen was left). A person's stop is not undone here. */
  start(): void {
    if (this.state === 'reading' || this.state === 'done' || this.state === 'stopped' || this.life.signal.aborted || this.pager.lifetime.aborted) return;
    if (!this.seeded && this.seed()) return;
    this.controller = new AbortController();
    this.state = 'reading';
    this.error = undefined;
    this.emit();
    void this.readOn(this.controller.signal);
  }

  /** Stops reading for now, keeping everything (the screen was left); start() goes on. */
  pause(): void {
    if (this.state !== 'reading') return;
    this.controller.abort();
    this.state = 'paused';
    this.emit();
  }

  /** Nothing more is read, not even rows coming into view (the Pager is gone, or the scan dropped). */
  dispose(): void {
    this.pause();
    this.life.abort();
    this.unsubscribeAll();
  }

  /** The person stopped it: the view covers what was read, and says so. */
  cancel(): void {
    if (this.state === 'done' || this.state === 'stopped') return;
    this.controller.abort();
    this.state = 'stopped';
    this.emit();
  }

  /** Rows in the view now: a filter's matches so far, or the rows of the latest sorted snapshot. */
  count(): number {
    return this.index.count(this.running);
  }

  /** The row at view position i (descending: largest first), or undefined while its page is fetched. */
  at(i: number, desc: boolean): T | undefined {
    const row = this.index.rowAt(i, desc, this.running);
    if (row === undefined) return undefined;
    const held = this.pager.at(row) ?? this.index.held(row);
    if (held !== undefined) return held;
    const page = floorIndex(this.pageStart, row);
    if (page < 0) return undefined;
    return this.cache.get(page)?.[row - this.pageStart.get(page)];
  }

  /** The row number in the listing (as the Pager counts) of view position i. */
  rowAt(i: number, desc: boolean): number | undefined {
    return this.index.rowAt(i, desc, this.running);
  }

  text(): string {
    return progressText(this);
  }

  /** What the view covers, for the status line: never "all" for a part. */
  covers(): string {
    return coversText(this);
  }

  /** Takes in the pages held from the first row on, at once; true when that is the whole listing. */
  private seed(): boolean {
    this.seeded = true;
    const list = this.pager.pageList();
    this.plan = list.pages;
    this.next = list.next;
    this.planEnds = list.end;
    this.takeHeld();
    if (this.planAt === this.plan.length && this.planEnds) {
      this.finish('done');
      return true;
    }
    return false;
  }

  /** The planned pages still held by the Pager, from where the plan is, until one that was dropped. */
  private takeHeld(): void {
    for (; this.planAt < this.plan.length; this.planAt++) {
      const page = this.plan[this.planAt];
      const items = this.pager.heldPage(page.start);
      if (!items) return;
      this.add(items, page.cursor, page.size);
    }
  }

  /** The pages the Pager dropped, read again one by one by their cursor (held ones in between taken as they are). */
  private async readPlan(signal: AbortSignal): Promise<void> {
    while (this.planAt < this.plan.length) {
      const page = this.plan[this.planAt];
      const it = this.pager.source({ signal, cursor: page.cursor, pageSize: page.size })[Symbol.asyncIterator]();
      const result = await it.next();
      await it.return?.();
      if (signal.aborted) return;
      this.pagesRead++;
      this.add(result.done ? [] : result.value.items, page.cursor, page.size);
      this.planAt++;
      this.takeHeld();
      this.emitSoon();
      // The next page waits while the person is pressing keys (inputQuiet.ts).
      await inputQuiet(signal);
      if (signal.aborted) return;
    }
  }

  private async readOn(signal: AbortSignal): Promise<void> {
    try {
      await this.readPlan(signal);
      if (signal.aborted) return;
      if (this.planEnds) return this.finish('done');
      // A listing that was never read at all starts from its first page (cursor undefined).
      if (this.read > 0 && this.next === undefined) return this.finish('done');
      for await (const page of this.pager.source({ signal, cursor: this.next, pageSize: this.pager.pageSize })) {
        if (signal.aborted) return;
        this.pagesRead++;
        this.add(page.items, page.cursor, this.pager.pageSize);
        this.next = page.next;
        if (page.next === undefined) break;
        this.emitSoon();
        await inputQuiet(signal);
        if (signal.aborted) return;
      }
      if (!signal.aborted) this.finish('done');
    } catch (err) {
      if (signal.aborted) return;
      this.error = err;
      this.finish('failed');
    }
  }

  private finish(state: IndexState): void {
    this.state = state;
    this.emit();
  }

  private add(items: T[], cursor: string | undefined, size: number | undefined): void {
    this.pageSizes.push(size);
    this.pageStart.push(this.read);
    this.pageCursor.push(cursor);
    this.index.add(items, this.read);
    this.read += items.length;
  }

  private emitSoon(): void {
    if (this.emitTimer) return;
    this.emitTimer = setTimeout(() => {
      this.emitTimer = undefined;
      this.emit();
    }, EMIT_EVERY_MS);
    this.emitTimer.unref?.();
  }

  /** Now, and the pending emitSoon with it: one notice covers both. */
  private emit(): void {
    if (this.emitTimer) {
      clearTimeout(this.emitTimer);
      this.emitTimer = undefined;
    }
    // The sorted snapshot is brought up to date here, in the scan's turn, not in the next key's frame.
    if (this.running) this.index.refresh();
    this.notify();
  }
}
