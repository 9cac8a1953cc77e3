// The one change-notification primitive of the data layer: a set of listeners and a version bumped on
// every change. A store (the Pager, the jobs, a scan…) extends it or holds one and calls notify() when
// what it shows has changed; the UI reads it through React's useSyncExternalStore (hooks/useObservable),
// for which `subscribe` is bound (it is passed around bare) and `version` is the cheap snapshot that
// tells React whether to render again. No React here.

/** What a hook needs to follow a store: subscribe, and a number that changes whenever it does. */
export interface Subscribable {
  subscribe(listener: () => void): () => void;
  /** Bumped on every change. */
  readonly version: number;
}

export class Observable implements Subscribable {
  private readonly listeners = new Set<() => void>();
  private changes = 0;

  get version(): number {
    return this.changes;
  }

  /** Bound, so `useSyncExternalStore(store.subscribe, …)` works; returns the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Something changed: bump the version, then tell every listener (in the order they subscribed). */
  protected notify(): void {
    this.changes++;
    for (const l of this.listeners) l();
  }

  /** Nobody hears of this store any more (it is disposed): listeners are dropped, not called. */
  protected unsubscribeAll(): void {
    this.listeners.clear();
  }
}

/**
 * The same for code that is not a class (a closure-made store): `notify` is public here, since
 * whoever made it is the one who knows when it changed.
 */
export class Notifier extends Observable {
  override notify(): void {
    super.notify();
  }
  override unsubscribeAll(): void {
    super.unsubscribeAll();
  }
}
