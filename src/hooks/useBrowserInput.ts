// The list's keys, in one place: a key arrives once, the scope that owns the keys resolves it to a
// command once (the keymap), and that scope's controller runs it or says why it is off
// (controllers/dispatch.ts). Exactly one part owns the keys at a time: a dialog (its own input),
// the `:` line (CommandLine), the filter prompt, the jobs panel, then the list.
import { useEffect, useMemo, useRef } from 'react';
import { useKeys, keyName } from './useKeys';
import { dispatchKey, disabledHere, type KeyHandler, type OffKey } from './controllers/dispatch';
import { browseEnv, type BrowseDeps, type BrowseEnv } from './controllers/browseEnv';
import { browseController } from './controllers/browseController';
import { listingController } from './controllers/listingController';
import { actionController } from './controllers/actionController';
import { filterController, filterText } from './controllers/filterController';
import { jobsController } from './controllers/jobsController';
import { RecordViews } from './controllers/recordViews';

export type InputDeps = BrowseDeps;

/** Every handler of the list's scope, in one list (one command, one handler). */
function listHandlers(env: BrowseEnv): KeyHandler[] {
  return [...browseController(env), ...listingController(env), ...actionController(env)];
}

/** Returns the list's keys that are off here, with why (help lists them). */
export function useBrowserInput(deps: InputDeps): OffKey[] {
  // Ink swaps the input handler in an effect, after the frame is drawn: a key that arrives in between
  // would see the previous render. State comes from the store (always current); the rest from the
  // latest render, through this ref.
  const latest = useRef(deps);
  latest.current = deps;
  const { store } = deps;
  const views = useMemo(() => new RecordViews(store, (text, level = 'info') => store.dispatch({ type: 'notify', notice: { text, level } })), [store]);

  // The raw view's or a leaf's details' request is for the listing in view: leaving it aborts it.
  const top = store.getState().stack.at(-1)!;
  useEffect(() => () => views.abort(), [views, top.node, top.pager]);

  const offNow = () => disabledHere(listHandlers(browseEnv(latest.current, views)));

  useKeys((input, key) => {
    const state = store.getState();
    if (state.modal) return; // the dialog's own input hook has the keys
    if (state.mode === 'command') return; // so has the `:` line (CommandLine)
    const name = keyName(input, key);
    const notify = (text: string, level: 'info' | 'ok' | 'error' = 'info') => store.dispatch({ type: 'notify', notice: { text, level } });
    if (state.mode === 'filter') {
      if (!dispatchKey('filter', name, filterController(store), notify)) filterText(store, input, key);
      return;
    }
    if (state.mode === 'jobs') {
      dispatchKey('jobs', name, jobsController(store, latest.current.jobs, notify), notify);
      return;
    }
    if (state.notice) store.dispatch({ type: 'notify', notice: undefined });
    dispatchKey('browse', name, listHandlers(browseEnv(latest.current, views)), notify);
  });

  // The same list while nothing changed (the footer and help are memoised on it).
  const off = offNow();
  const signature = off.map((o) => `${o.command} ${o.why}`).join('\n');
  return useMemo(() => off, [signature]);
}
