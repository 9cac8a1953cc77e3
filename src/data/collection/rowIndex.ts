// What a whole-collection scan keeps of each row it reads, and the order the view shows them in
// (DESIGN.md, Whole collections): the row numbers a filter keeps and their sort keys, in typed arrays
// (12 bytes a row), the rows at either end of the sort (ends.ts), and a sorted snapshot brought up to
// date by merging. Apart from IndexScan (indexScan.ts) because that one reads the pages and says how far
// it got; this one only matches, keys and orders what it is given. No I/O here.
import { Growable } from './growable';
import { Ends } from './ends';

export interface IndexSpec<T> {
  /** Which rows the view shows (a filter); undefined keeps them all. */
  keep?(item: T): boolean;
  /** The sort key; undefined keeps the listing's own order. Undefined values sort last either way. */
  key?(item: T): number | string | undefined;
  /** For the progress line: "sort by size", "filter “abc”". */
  label: string;
}

// Made at the first sort by a string: an Intl.Collator costs a few ms of ICU set-up, at start-up else.
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
const RESORT_MIN_MS = 300;

export class RowIndex<T> {
  /** The row numbers (as the Pager counts) of the rows kept, in listing order. */
  private readonly rows = new Growable(Float64Array);
  private readonly numKeys = new Growable(Float64Array);
  private strKeys?: (string | undefined)[];
  private readonly ends = new Ends<T>((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : compareText(String(a), String(b))));
  // The sorted snapshot: positions into `rows`, those with a key first.
  private order?: Uint32Array;
  private withKey = 0;
  private sortedAt = 0;
  private sortedTime = 0;

  constructor(private readonly spec: IndexSpec<T>) {}

  /** Rows kept so far (a filter's matches). */
  get kept(): number {
    return this.rows.length;
  }

  /** The rows of one page, the first of them row number `first`: matched, and their keys taken. */
  add(items: T[], first: number): void {
    const { keep, key } = this.spec;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (keep && !keep(item)) continue;
      this.rows.push(first + i);
      if (!key) continue;
      const v = key(item);
      if (v !== undefined) this.ends.offer(v, first + i, item);
      if (this.strKeys) this.strKeys.push(v === undefined ? undefined : String(v));
      else if (typeof v === 'string') {
        // The first string key: this column sorts as text (bucket names, states); numbers so far go along.
        this.strKeys = Array.from(this.numKeys.view(), (n) => (Number.isNaN(n) ? undefined : String(n)));
        this.strKeys.push(v);
      } else this.numKeys.push(v === undefined ? NaN : v);
    }
  }

  /** The row itself, if it is one of those at either end of the sort (ends.ts). */
  held(row: number): T | undefined {
    return this.ends.get(row);
  }

  /** Rows in the view now: the matches so far, or the rows of the latest sorted snapshot. `reading`: see sortIfStale. */
  count(reading: boolean): number {
    if (!this.spec.key) return this.rows.length;
    this.sortIfStale(reading);
    return this.sortedAt;
  }

  /** The row number of view position i (descending: largest first). */
  rowAt(i: number, desc: boolean, reading: boolean): number | undefined {
    const pos = this.position(i, desc, reading);
    return pos === undefined ? undefined : this.rows.get(pos);
  }

  private position(i: number, desc: boolean, reading: boolean): number | undefined {
    if (!this.spec.key) {
      const n = this.rows.length;
      if (i < 0 || i >= n) return undefined;
      return desc ? n - 1 - i : i;
    }
    this.sortIfStale(reading);
    const order = this.order;
    if (!order || i < 0 || i >= this.sortedAt) return undefined;
    // Rows without a key stay last in both directions.
    if (desc && i < this.withKey) return order[this.withKey - 1 - i];
    return order[i];
  }

  /**
   * While reading, brings the snapshot up to date if RESORT_MIN_MS have passed since the last merge. The
   * scan calls this just before it says it has progressed, so the merge is done in the scan's own turn
   * and not in the frame of whatever key is pressed next (bench 4c: a key pressed while a million keys
   * are sorted in the background); a view drawn many times a second does not sort on every frame.
   */
  refresh(): void {
    if (this.order && Date.now() - this.sortedTime < RESORT_MIN_MS) return;
    this.sortIfStale(false);
  }

  private sortIfStale(reading: boolean): void {
    const n = this.rows.length;
    if (!this.spec.key || this.sortedAt === n) return;
    // While reading, a look uses the latest snapshot (refresh() keeps it at most ~RESORT_MIN_MS behind);
    // only the first look, before there is one, and every look after reading ended, merge here.
    if (reading && this.order) return;
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
    const cmp = str ? (a: number, b: number) => compareText(str[a]!, str[b]!) || a - b : (a: number, b: number) => num[a] - num[b] || a - b;
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
}
