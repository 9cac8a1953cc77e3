// A reducer whose state can be read synchronously. Ink delivers keys from a stream: several can
// arrive before React renders again (a held key, a pasted filter, `/` followed at once by text), and
// each must see the state the previous one left, not the last rendered one.
export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  subscribe(listener: () => void): () => void;
}

/**
 * `started` runs on each new state before any subscriber hears of it, so before React renders it:
 * for work that should not wait a frame (the request of a screen just opened goes out while the
 * screen is drawn, not after).
 */
export function createStore<S, A>(reducer: (s: S, a: A) => S, initial: S, started?: (state: S) => void): Store<S, A> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      started?.(state);
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
