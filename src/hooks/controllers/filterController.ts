// The filter prompt's keys (/): Enter keeps the filter, Esc clears it, Backspace erases; any other
// printable key is typed into it (filterText).
import type { Key } from 'ink';
import type { KeyHandler } from './dispatch';
import type { BrowserStore } from '../useBrowser';

export function filterController(store: BrowserStore): KeyHandler[] {
  const { dispatch } = store;
  const filter = () => store.getState().stack.at(-1)!.filter;
  return [
    { command: 'filter.accept', run: () => dispatch({ type: 'set-mode', mode: 'browse' }) },
    {
      command: 'filter.clear',
      run: () => {
        dispatch({ type: 'set-filter', text: '' });
        dispatch({ type: 'set-mode', mode: 'browse' });
      },
    },
    { command: 'filter.erase', run: () => dispatch({ type: 'set-filter', text: filter().slice(0, -1) }) },
  ];
}

/** A key that is not a filter command: typed into the filter when it is printable text. */
export function filterText(store: BrowserStore, input: string, key: Key): void {
  // Printable text only: a stray escape sequence must not end up in the filter.
  if (!input || key.ctrl || key.meta || /[\u0000-\u001f\u007f]/.test(input)) return;
  store.dispatch({ type: 'set-filter', text: store.getState().stack.at(-1)!.filter + input });
}
