// The rows at either end of a sort, held while the index is built: the first screen of a sort by size
// (largest first, or smallest with `o`) and the last one (G) are drawn at once, instead of each row
// waiting for its page to be read again by cursor (pageCache.ts). A few hundred rows, whatever the size.
export class Ends<T> {
  // Ascending by (key, row): low holds the smallest, high the largest.
  private low: { key: number | string; row: number }[] = [];
  private high: { key: number | string; row: number }[] = [];
  private readonly held = new Map<number, T>();

  constructor(
    private readonly compare: (a: number | string, b: number | string) => number,
    private readonly size = 256,
  ) {}

  offer(key: number | string, row: number, item: T): void {
    const e = { key, row };
    const cmp = (a: typeof e, b: typeof e) => this.compare(a.key, b.key) || a.row - b.row;
    const inLow = this.insert(this.low, e, cmp, 'low');
    const inHigh = this.insert(this.high, e, cmp, 'high');
    if (inLow || inHigh) this.held.set(row, item);
  }

  get(row: number): T | undefined {
    return this.held.get(row);
  }

  /** Inserts if it belongs among the `size` smallest (low) or largest (high); drops what falls out. */
  private insert(list: { key: number | string; row: number }[], e: { key: number | string; row: number }, cmp: (a: typeof e, b: typeof e) => number, side: 'low' | 'high'): boolean {
    const full = list.length >= this.size;
    if (full && (side === 'low' ? cmp(e, list[list.length - 1]) >= 0 : cmp(e, list[0]) <= 0)) return false;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(list[mid], e) < 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, e);
    if (list.length > this.size) {
      const out = side === 'low' ? list.pop()! : list.shift()!;
      if (!this.inOther(out.row, side)) this.held.delete(out.row);
    }
    return true;
  }

  private inOther(row: number, side: 'low' | 'high'): boolean {
    return (side === 'low' ? this.high : this.low).some((x) => x.row === row);
  }
}
