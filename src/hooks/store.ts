// A reducer whose state can be read synchronously. Ink delivers keys from a stream: several can
// arrive before React renders again (a held key, a pasted filter, `/` followed at once by text), and
// each must see the state the previous one left, not the last rendered one.
import { Notifier } from '../data/observable';

export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  subscribe(listener: () => void): () => void;
}

/**
 * `started` runs on each new state before any subscriber hears of it, for work that should not wait
 * for a frame: the request of a screen just opened. When it started something (returns true), the
 * subscribers hear of the state a macrotask later: the SDK's send is a chain of promises, and a
 * render in between (React and Ink draw a frame synchronously, ~10 ms) would hold the request back
 * until the frame is out. getState() has the new state at once either way.
 */
export function createStore<S, A>(reducer: (s: S, a: A) => S, initial: S, started?: (state: S) => boolean | void): Store<S, A> {
  let state = initial;
  const changes = new Notifier();
  let deferred = false;
  const notify = () => {
    deferred = false;
    changes.notify();
  };
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      if (started?.(state)) {
        if (!deferred) setImmediate(notify);
        deferred = true;
      } else notify();
    },
    subscribe: changes.subscribe,
  };
}
