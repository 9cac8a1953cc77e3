// The one bridge from a data-layer store (data/observable.ts) to React: useSyncExternalStore over its
// subscribe, with a snapshot that decides when the component renders again. By default the snapshot is
// the store's version (any change renders); pass `select` to render only when that value changes (a
// count, a state object the store replaces on change). `select` must return the same value for the
// same store state (a primitive, or an object the store keeps), or React renders forever.
import { useCallback, useSyncExternalStore } from 'react';
import type { Subscribable } from '../data/observable';

const still = () => () => {};

type Source = Pick<Subscribable, 'subscribe'> & Partial<Pick<Subscribable, 'version'>>;

export function useObservable(source: Subscribable | undefined): number | undefined;
/** With `select` the store needs no version (a reducer store's snapshot is its state). */
export function useObservable<S>(source: Pick<Subscribable, 'subscribe'> | undefined, select: () => S): S;
export function useObservable<S>(source: Source | undefined, select?: () => S): S | number | undefined {
  // Bound to this store, so a store whose subscribe is a plain method (a ListProgress) works too, and a
  // new store (another listing) subscribes afresh.
  const subscribe = useCallback((l: () => void) => (source ? source.subscribe(l) : still()), [source]);
  return useSyncExternalStore<S | number | undefined>(subscribe, select ?? (() => source?.version));
}
