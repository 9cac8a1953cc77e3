// Dialogs as promises: an action's flow reads top to bottom (`if (!(await confirm(…))) return`), and
// the dialog on screen is just state in the store. Closing resolves the promise.
import { useMemo } from 'react';
import type { Dialogs } from '../data/actions';
import type { Modal } from './browserReducer';
import type { BrowserStore } from './useBrowser';

export function useDialogs(store: BrowserStore): Dialogs {
  return useMemo(() => {
    function open<T>(make: (resolve: (v: T) => void) => Modal): Promise<T> {
      return new Promise<T>((resolve) => {
        store.dispatch({
          type: 'open-modal',
          modal: make((v) => {
            store.dispatch({ type: 'close-modal' });
            resolve(v);
          }),
        });
      });
    }
    return {
      confirm: (title, message, code) => open<boolean>((resolve) => ({ kind: 'confirm', title, message, code, resolve })),
      typeToConfirm: (title, message, expected) =>
        open<boolean>((resolve) => ({ kind: 'type-confirm', title, message, expected, resolve })),
      prompt: (title, label, initial, validate, complete) =>
        open<string | undefined>((resolve) => ({ kind: 'prompt', title, label, initial, validate, complete, resolve })),
      pick: (title, choices) => open<string | undefined>((resolve) => ({ kind: 'pick', title, choices, resolve })),
    };
  }, [store]);
}
