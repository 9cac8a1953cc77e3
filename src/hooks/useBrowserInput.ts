// Keys → commands (through the keymap) → state changes. Exactly one scope owns the keys at a time:
// help, then the filter prompt, then the list.
import { useApp, useInput } from 'ink';
import { useRef } from 'react';
import { commandFor, keyName } from '../ui/keymap';
import type { BrowserStore } from './useBrowser';
import type { Rows } from './useRows';

export function useBrowserInput(store: BrowserStore, rows: Rows, pageHeight: number) {
  const { exit } = useApp();
  const { dispatch } = store;
  // Ink swaps the input handler in an effect, after the frame is drawn: a key that arrives in between
  // would see the previous render. State comes from the store (always current); the rows and the
  // view's height from the latest render, through this ref.
  const latest = useRef({ rows, pageHeight });
  latest.current = { rows, pageHeight };

  useInput((input, key) => {
    const state = store.getState();
    const { rows, pageHeight } = latest.current;
    const frame = state.stack[state.stack.length - 1];
    const by = (delta: number) => dispatch({ type: 'move-by', delta, count: rows.count, height: pageHeight });
    const to = (index: number) => dispatch({ type: 'move-to', index, count: rows.count, height: pageHeight });
    const name = keyName(input, key);
    if (state.mode === 'help') {
      if (commandFor('help', name)) dispatch({ type: 'set-mode', mode: 'browse' });
      return;
    }
    if (state.mode === 'filter') {
      switch (commandFor('filter', name)) {
        case 'filter.accept':
          return dispatch({ type: 'set-mode', mode: 'browse' });
        case 'filter.clear':
          dispatch({ type: 'set-filter', text: '' });
          return dispatch({ type: 'set-mode', mode: 'browse' });
        case 'filter.erase':
          return dispatch({ type: 'set-filter', text: frame.filter.slice(0, -1) });
      }
      // Printable text only: a stray escape sequence must not end up in the filter.
      if (input && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input)) {
        dispatch({ type: 'set-filter', text: frame.filter + input });
      }
      return;
    }
    switch (commandFor('browse', name)) {
      case 'cursor.up':
        return by(-1);
      case 'cursor.down':
        return by(1);
      case 'cursor.pageUp':
        return by(-pageHeight);
      case 'cursor.pageDown':
        return by(pageHeight);
      case 'cursor.first':
        return to(0);
      case 'cursor.last':
        return to(rows.count - 1);
      case 'open': {
        const n = rows.at(frame.cursor);
        if (n?.type.children) dispatch({ type: 'open', node: n });
        return;
      }
      case 'back':
        // Esc first clears a filter, then goes back.
        if (frame.filter) return dispatch({ type: 'set-filter', text: '' });
        return dispatch({ type: 'back' });
      case 'filter':
        return dispatch({ type: 'set-mode', mode: 'filter' });
      case 'refresh':
        if (rows.error !== undefined) return frame.pager.retry();
        return dispatch({ type: 'refresh' });
      case 'help':
        return dispatch({ type: 'set-mode', mode: 'help' });
      case 'quit':
        return exit();
    }
  });
}
