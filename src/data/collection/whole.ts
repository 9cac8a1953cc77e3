// The whole-collection views of one listing, kept with its Pager: going deeper and coming back finds
// the sort index where it was (paused, then read on), `o` reverses it without reading anything again,
// and a refresh (a new Pager) starts afresh. Work on a listing ends when its Pager is disposed.
import type { Pager } from '../pager';
import { IndexScan, type IndexSpec } from './indexScan';

/** Enough for a sort and the filter being typed; older ones are dropped (each keystroke is a new filter). */
const KEEP = 3;
const registry = new WeakMap<Pager<unknown>, Map<string, IndexScan<unknown>>>();

export function indexFor<T>(pager: Pager<T>, id: string, spec: () => IndexSpec<T>): IndexScan<T> {
  let scans = registry.get(pager as Pager<unknown>);
  if (!scans) registry.set(pager as Pager<unknown>, (scans = new Map()));
  const found = scans.get(id);
  if (found) {
    scans.delete(id);
    scans.set(id, found);
    return found as IndexScan<T>;
  }
  const scan = new IndexScan(pager, spec());
  scans.set(id, scan as IndexScan<unknown>);
  for (const [oldId, old] of scans) {
    if (scans.size <= KEEP) break;
    old.pause();
    scans.delete(oldId);
  }
  return scan;
}

/** The scans of a listing that are reading now (the stop key and Esc stop them). */
export function runningScans(pager: Pager<unknown>): IndexScan<unknown>[] {
  return [...(registry.get(pager)?.values() ?? [])].filter((s) => s.running);
}
