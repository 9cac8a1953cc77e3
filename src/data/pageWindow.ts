// Which pages of a listing are held in memory and which were dropped (DESIGN.md, Paging): every page
// read so far, in order, with where it starts, its cursor and its rows (null once dropped), and how many
// rows are held. Apart from the Pager (pager.ts) because that one decides what to read and when; this
// one only keeps what was read, finds the page under a row, and drops the pages farthest from the cursor
// when it holds more than its window. No I/O here.

export interface Slot<T> {
  start: number;
  count: number;
  cursor?: string;
  items: T[] | null;
  /** The page size it was read with, when not the Pager's own (read before a `:pagesize`). */
  size?: number;
}

/** The window: rows kept around the cursor, so scrolling back over them sends nothing. */
const KEEP_ROWS = 50_000;
/**
 * The window while walking to the end (G) of a listing larger than KEEP_ROWS: the tail only. The rows
 * passed over were never on screen, and a sort or `/` filter reads a dropped page again by its cursor
 * (collection/), so keeping them buys no truth. Measured (issue 16): after G over 1M keys the heap
 * held 41-46 MiB with the whole window kept, 28 MiB with the tail, as after G over 10k keys (27 MiB).
 */
const WALK_KEEP_ROWS = 2_000;

export class PageWindow<T> {
  slots: Slot<T>[] = [];
  /** Rows held now (the pages not dropped). */
  resident = 0;

  constructor(private readonly keepRows?: number) {}

  get length(): number {
    const last = this.slots[this.slots.length - 1];
    return last ? last.start + last.count : 0;
  }

  /** A page read on, after the last one. */
  push(page: { items: T[]; cursor?: string }): void {
    this.slots.push({ start: this.length, count: page.items.length, cursor: page.cursor, items: page.items });
    this.resident += page.items.length;
  }

  /** The rows of a dropped page, read again by its cursor. */
  hold(slot: Slot<T>, items: T[]): void {
    slot.items = items;
    this.resident += items.length;
  }

  /** The page came back with another number of rows than before: what follows shifts so indices stay dense. */
  recount(slot: Slot<T>, count: number): void {
    if (count !== slot.count) {
      slot.count = count;
      for (let i = this.slots.indexOf(slot) + 1, start = slot.start + slot.count; i < this.slots.length; i++) {
        this.slots[i].start = start;
        start += this.slots[i].count;
      }
    }
  }

  /** The pages before slot `at` of another window, each with the size it was read with (`:pagesize`). */
  keepHead(from: PageWindow<T>, at: number, size: number | undefined): void {
    this.slots = from.slots.slice(0, at).map((s) => ({ ...s, size: s.size ?? size }));
    this.resident = this.slots.reduce((n, s) => n + (s.items?.length ?? 0), 0);
  }

  /** Every page read, in order; `size` is the one a page was read with unless it says otherwise. */
  pages(size: number | undefined): { start: number; count: number; cursor?: string; size?: number }[] {
    return this.slots.map((s) => ({ start: s.start, count: s.count, cursor: s.cursor, size: s.size ?? size }));
  }

  /** The rows of the page that starts at `start`, if it is held. */
  heldPage(start: number): T[] | undefined {
    const slot = this.slotAt(start);
    return slot && slot.start === start && slot.items ? slot.items : undefined;
  }

  at(index: number): T | undefined {
    const slot = this.slotAt(index);
    return slot?.items?.[index - slot.start];
  }

  *entries(): Iterable<[number, T]> {
    for (const slot of this.slots) {
      if (!slot.items) continue;
      for (let i = 0; i < slot.items.length; i++) yield [slot.start + i, slot.items[i]];
    }
  }

  /** Replaces held rows in place; true when any changed. */
  update(replace: (item: T) => T | undefined): boolean {
    let changed = false;
    for (const slot of this.slots) {
      if (!slot.items) continue;
      for (let i = 0; i < slot.items.length; i++) {
        const next = replace(slot.items[i]);
        if (next !== undefined && next !== slot.items[i]) {
          slot.items[i] = next;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Drops the pages farthest from `index` once more than the window is held (only the tail while walking to the end). */
  evict(index: number, lookahead: number, walking: boolean): void {
    const window = this.keepRows ?? KEEP_ROWS;
    const keep = walking && this.length > window ? Math.min(window, WALK_KEEP_ROWS) : window;
    if (this.resident <= keep) return;
    const near = new Set(this.slotsNear(index, lookahead));
    const distance = (s: Slot<T>) => Math.min(Math.abs(s.start - index), Math.abs(s.start + s.count - index));
    const candidates = this.slots.filter((s) => s.items && !near.has(s)).sort((a, b) => distance(b) - distance(a));
    for (const slot of candidates) {
      if (this.resident <= keep * 0.75) break;
      this.resident -= slot.items!.length;
      slot.items = null;
    }
  }

  slotsNear(index: number, lookahead: number): Slot<T>[] {
    const out: Slot<T>[] = [];
    const first = this.slotIndexAt(Math.max(0, index - lookahead));
    if (first < 0) return out;
    for (let i = first; i < this.slots.length && this.slots[i].start <= index + lookahead; i++) out.push(this.slots[i]);
    return out;
  }

  slotAt(index: number): Slot<T> | undefined {
    const i = this.slotIndexAt(index);
    return i < 0 ? undefined : this.slots[i];
  }

  slotIndexAt(index: number): number {
    let lo = 0;
    let hi = this.slots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.slots[mid];
      if (index < s.start) hi = mid - 1;
      else if (index >= s.start + s.count) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
