// React.memo's comparison for the screen's leaf views (table rows, detail pane, header, key hints).
// Their parents build props afresh on every render — `[...fields]`, `{ key, label }` hints, a
// column list filtered to the width — so memo's default (each prop by reference) would never skip
// one. Compared by value two levels down (a prop, its array, each element's fields), a keypress
// re-renders the two rows and the pane that changed, not the forty that did not: less for React to
// reconcile and for Ink to commit. Functions and nodes still compare by reference.
function same(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => same(x, b[i], depth - 1));
  }
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1));
}

export function sameProps<P extends object>(previous: P, next: P): boolean {
  return same(previous, next, 3);
}
