// A question a background job asks (the waited-for object arrived: jump to it?). Opening a dialog over
// another would drop the first one's answer, so it waits until no dialog is open.
import type { Dialogs } from '../data/actions';
import type { BrowserStore } from './useBrowser';

export function offerWhenIdle(store: BrowserStore, dialogs: Dialogs, title: string, question: string, accept: () => void): void {
  const ask = () => void dialogs.confirm(title, question).then((yes) => yes && accept());
  if (!store.getState().modal) return ask();
  const stop = store.subscribe(() => {
    if (store.getState().modal) return;
    stop();
    // After the closing dispatch has finished: the next dialog opens on a settled state.
    queueMicrotask(() => (store.getState().modal ? offerWhenIdle(store, dialogs, title, question, accept) : ask()));
  });
}
