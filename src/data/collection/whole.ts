// The whole-collection views of one listing, kept with its Pager: going deeper and coming back finds
// the sort index where it was (paused, then read on), `o` reverses it without reading anything again,
// and a refresh (a new Pager) starts afresh. Work on a listing ends when its Pager is disposed.
import type { Pager } from '../pager';
import { IndexScan, type IndexSpec } from './indexScan';

/** Enough for a sort and the filter being typed; older ones are dropped (each keystroke is a new filter).
 * An id is `filter NUL column`. */
const KEEP = 3;
const registry = new WeakMap<Pager<unknown>, Map<string, IndexScan<unknown>>>();

export function indexFor<T>(pager: Pager<T>, id: string, spec: () => IndexSpec<T>): IndexScan<T> {
  let scans = registry.get(pager as Pager<unknown>);
  if (!scans) {
    const all = (scans = new Map());
    registry.set(pager as Pager<unknown>, all);
    // One listener per listing, however many filters are typed into it.
    pager.lifetime.addEventListener('abort', () => all.forEach((s) => s.dispose()), { once: true });
  }
  const found = scans.get(id);
  if (found) {
    scans.delete(id);
    scans.set(id, found);
    return found as IndexScan<T>;
  }
  const scan = new IndexScan(pager, spec());
  scans.set(id, scan as IndexScan<unknown>);
  while (scans.size > KEEP) {
    // Filters typed on the way go first (each keystroke made one); a sort of the whole listing stays.
    const ids = [...scans.keys()];
    const oldId = ids.find((k) => !k.startsWith('\u0000') && k !== id) ?? ids[0];
    scans.get(oldId)!.dispose();
    scans.delete(oldId);
  }
  return scan;
}

/** The scans of a listing that are reading now (the stop key and Esc stop them). */
export function runningScans(pager: Pager<unknown>): IndexScan<unknown>[] {
  return [...(registry.get(pager)?.values() ?? [])].filter((s) => s.running);
}
