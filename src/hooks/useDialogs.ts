// Dialogs as promises: an action's flow reads top to bottom (`if (!(await confirm(…))) return`), and
// the dialog on screen is just state in the store. Closing resolves the promise.
import { useMemo } from 'react';
import type { Dialogs } from '../data/actions';
import type { ConfirmAnswer, Modal } from './browserReducer';
import type { BrowserStore } from './useBrowser';

export function useDialogs(store: BrowserStore): Dialogs {
  return useMemo(() => {
    function open<T>(make: (resolve: (v: T) => void) => Modal): Promise<T> {
      return new Promise<T>((resolve) => {
        let answered = false;
        store.dispatch({
          type: 'open-modal',
          modal: make((v) => {
            // Once: a second answer would close the dialog queued behind this one.
            if (answered) return;
            answered = true;
            store.dispatch({ type: 'close-modal' });
            resolve(v);
          }),
        });
      });
    }
    return {
      // Without settings the question has no third answer.
      confirm: (title, message, code) => open<ConfirmAnswer>((resolve) => ({ kind: 'confirm', title, message, code, resolve })).then((a) => a === true),
      confirmSettings: (title, message, settings, code, changesAws = true) =>
        open<ConfirmAnswer>((resolve) => ({ kind: 'confirm', title, message, code, settings, calm: !changesAws, resolve })),
      typeToConfirm: (title, message, expected) =>
        open<ConfirmAnswer>((resolve) => ({ kind: 'type-confirm', title, message, expected, resolve })).then((a) => a === true),
      typeToConfirmSettings: (title, message, expected, settings) =>
        open<ConfirmAnswer>((resolve) => ({ kind: 'type-confirm', title, message, expected, settings, resolve })),
      prompt: (title, label, initial, validate, complete) =>
        open<string | undefined>((resolve) => ({ kind: 'prompt', title, label, initial, validate, complete, resolve })),
      pick: (title, choices) => open<string | undefined>((resolve) => ({ kind: 'pick', title, choices, resolve })),
    };
  }, [store]);
}
