// A sort or a `/` filter over the whole collection, not the part in memory (DESIGN.md, Whole
// collections). Every page is streamed once through the listing's own paginator; of each row only what
// the view needs is kept: its row number, and for a sort its key, in typed arrays (12 bytes a row), plus
// each page's cursor. The rows themselves come back as they come into view: from the Pager's window if
// it holds them, else by their page's cursor (pageCache.ts). It starts with the pages already in memory,
// so the loaded rows are sorted or filtered at once, and reads on from there with progress and cancel.
import type { ListProgress } from '../tree';
import type { Pager } from '../pager';
import { formatCount } from '../format';
import { Growable, floorIndex } from './growable';
import { PageCache } from './pageCache';
import { Ends } from './ends';
import { Observable } from '../observable';

export interface IndexSpec<T> {
  /** Which rows the view shows (a filter); undefined keeps them all. */
  keep?(item: T): boolean;
  /** The sort key; undefined keeps the listing's own order. Undefined values sort last either way. */
  key?(item: T): number | string | undefined;
  /** For the progress line: "sort by size", "filter “abc”". */
  label: string;
}

export type IndexState = 'idle' | 'reading' | 'paused' | 'stopped' | 'done' | 'failed';

const collator = new Intl.Collator('en', { numeric: true });
const RESORT_MIN_MS = 300;
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
  private readonly rows = new Growable(Float64Array);
  private readonly numKeys = new Growable(Float64Array);
  private strKeys?: (string | undefined)[];
  private readonly ends = new Ends<T>((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))));
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
  // The sorted snapshot: positions into `rows`, those with a key first.
  private order?: Uint32Array;
  private withKey = 0;
  private sortedAt = 0;
  private sortedTime = 0;

  constructor(
    private readonly pager: Pager<T>,
    readonly spec: IndexSpec<T>,
  ) {
    super();
    this.cache = new PageCache({
      source: pager.source,
      pageSize: pager.pageSize,
      cursorOf: (p) => this.pageCursor[p],
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
    return this.rows.length;
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
    if (!this.spec.key) return this.rows.length;
    this.sortIfStale();
    return this.sortedAt;
  }

  /** The row at view position i (descending: largest first), or undefined while its page is fetched. */
  at(i: number, desc: boolean): T | undefined {
    const pos = this.position(i, desc);
    if (pos === undefined) return undefined;
    const row = this.rows.get(pos);
    const held = this.pager.at(row) ?? this.ends.get(row);
    if (held !== undefined) return held;
    const page = floorIndex(this.pageStart, row);
    if (page < 0) return undefined;
    return this.cache.get(page)?.[row - this.pageStart.get(page)];
  }

  /** The row number in the listing (as the Pager counts) of view position i. */
  rowAt(i: number, desc: boolean): number | undefined {
    const pos = this.position(i, desc);
    return pos === undefined ? undefined : this.rows.get(pos);
  }

  text(): string {
    const { label } = this.spec;
    const read = formatCount(this.read);
    const matches = this.spec.keep ? ` · ${formatCount(this.kept)} match` : '';
    switch (this.state) {
      case 'idle':
      case 'reading':
        return `${label}: read ${read}…${matches}`;
      case 'paused':
        return `${label}: paused after ${read} read${matches}`;
      case 'done':
        return `${label}: all ${read} read${matches}`;
      case 'stopped':
        return `${label}: stopped after ${read} read${matches}; the rest never read`;
      case 'failed':
        return `${label}: a page failed after ${read} read${matches} (r starts again)`;
    }
  }

  /** What the view covers, for the status line: never "all" for a part. */
  covers(): string {
    const read = formatCount(this.read);
    const whole = this.state === 'done';
    const parts: string[] = [];
    if (this.spec.keep) parts.push(whole ? `${formatCount(this.kept)} of all ${read} match` : `${formatCount(this.kept)} match in the ${read} read`);
    if (this.spec.key) {
      this.sortIfStale();
      const n = formatCount(this.sortedAt);
      if (!whole) parts.push(this.sortedAt < this.kept ? `sorted ${n} of ${formatCount(this.kept)} read` : `sorted ${n} read`);
      else if (!this.spec.keep) parts.push(`all ${read}`);
    }
    if (this.state === 'stopped') parts.push('stopped: the rest never read');
    else if (this.state === 'failed') parts.push('a page failed: r starts again');
    else if (!whole) parts.push('reading…');
    return parts.join(' · ');
  }

  private position(i: number, desc: boolean): number | undefined {
    if (!this.spec.key) {
      const n = this.rows.length;
      if (i < 0 || i >= n) return undefined;
      return desc ? n - 1 - i : i;
    }
    this.sortIfStale();
    const order = this.order;
    if (!order || i < 0 || i >= this.sortedAt) return undefined;
    // Rows without a key stay last in both directions.
    if (desc && i < this.withKey) return order[this.withKey - 1 - i];
    return order[i];
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
      this.add(items, page.cursor);
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
      this.add(result.done ? [] : result.value.items, page.cursor);
      this.planAt++;
      this.takeHeld();
      this.emitSoon();
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
        this.add(page.items, page.cursor);
        this.next = page.next;
        if (page.next === undefined) break;
        this.emitSoon();
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

  private add(items: T[], cursor: string | undefined): void {
    this.pageStart.push(this.read);
    this.pageCursor.push(cursor);
    const { keep, key } = this.spec;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (keep && !keep(item)) continue;
      this.rows.push(this.read + i);
      if (!key) continue;
      const v = key(item);
      if (v !== undefined) this.ends.offer(v, this.read + i, item);
      if (this.strKeys) this.strKeys.push(v === undefined ? undefined : String(v));
      else if (typeof v === 'string') {
        // The first string key: this column sorts as text (bucket names, states); numbers so far go along.
        this.strKeys = Array.from(this.numKeys.view(), (n) => (Number.isNaN(n) ? undefined : String(n)));
        this.strKeys.push(v);
      } else this.numKeys.push(v === undefined ? NaN : v);
    }
    this.read += items.length;
  }

  private sortIfStale(): void {
    const n = this.rows.length;
    if (!this.spec.key || this.sortedAt === n) return;
    // While reading, the snapshot is brought up to date at most every RESORT_MIN_MS: a view that is
    // drawn many times a second does not sort on every frame.
    if (this.state === 'reading' && this.order && Date.now() - this.sortedTime < RESORT_MIN_MS) return;
    this.mergeNew(n);
    this.sortedTime = Date.now();
  }

  /**
   * Brings the sorted snapshot from `sortedAt` rows to `n`: the new rows alone are sorted, then merged
   * into the ones already in order. Linear in n each time, so the screen never waits for a sort of a
   * million keys at once (0.7 s measured), only for the rows read since the last frame.
   */
  private mergeNew(n: number): void {
    const str = this.strKeys;
    const num = this.numKeys.view();
    const missing = (p: number) => (str ? str[p] === undefined : Number.isNaN(num[p]));
    const cmp = str ? (a: number, b: number) => collator.compare(str[a]!, str[b]!) || a - b : (a: number, b: number) => num[a] - num[b] || a - b;
    const from = this.sortedAt;
    const fresh = new Uint32Array(n - from);
    let keyed = 0;
    for (let p = from; p < n; p++) if (!missing(p)) fresh[keyed++] = p;
    let tail = keyed;
    for (let p = from; p < n; p++) if (missing(p)) fresh[tail++] = p;
    const freshKeyed = fresh.subarray(0, keyed).sort(cmp);
    const old = this.order ?? new Uint32Array(0);
    const oldKeyed = this.withKey;
    const order = new Uint32Array(n);
    // Merge the two keyed runs; then the rows without a key, old ones first (both are in row order).
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < oldKeyed && j < keyed) order[o++] = cmp(old[i], freshKeyed[j]) <= 0 ? old[i++] : freshKeyed[j++];
    while (i < oldKeyed) order[o++] = old[i++];
    while (j < keyed) order[o++] = freshKeyed[j++];
    order.set(old.subarray(oldKeyed, from), o);
    order.set(fresh.subarray(keyed), o + (from - oldKeyed));
    this.order = order;
    this.withKey = oldKeyed + keyed;
    this.sortedAt = n;
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
    this.notify();
  }
}
