// Append-only typed arrays: a million sort keys cost 8 MB as a Float64Array, against ~40 MB as an
// array of boxed numbers or objects, and V8 keeps them out of the heap it scans.
type TypedCtor<A> = { new (length: number): A };

export class Growable<A extends Float64Array | Uint32Array> {
  private data: A;
  length = 0;

  constructor(private readonly Ctor: TypedCtor<A>, capacity = 1024) {
    this.data = new Ctor(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Ctor(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  get(i: number): number {
    return this.data[i];
  }

  /** The filled part, without copying (valid until the next push). */
  view(): A {
    return this.data.subarray(0, this.length) as A;
  }
}

/** The last index i with sorted[i] <= value (sorted ascending), or -1. */
export function floorIndex(sorted: { get(i: number): number; length: number }, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted.get(mid) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
