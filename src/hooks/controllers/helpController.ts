// The help view's keys (text scope): next and previous section (→/←, Tab, and the scroll keys, since a
// section fits the screen), a section by its digit, close.
import { createContext } from 'react';
import type { KeyHandler, OffKey } from './dispatch';

/**
 * The list's keys that are off where help was opened, and why (useBrowserInput's answer): Browser
 * provides it, HelpView lists it first. The dialogs that open help know nothing of it.
 */
export const OffHereContext = createContext<readonly OffKey[]>([]);

export function helpController(at: number, sections: number, go: (i: number) => void, close: () => void): KeyHandler[] {
  const next = () => go(at + 1);
  const prev = () => go(at - 1);
  return [
    { command: 'help.next', run: next },
    { command: 'text.down', run: next },
    { command: 'text.pageDown', run: next },
    { command: 'help.prev', run: prev },
    { command: 'text.up', run: prev },
    { command: 'text.pageUp', run: prev },
    // A digit past the last section does nothing (help has fewer sections on a tall terminal).
    { command: 'help.section', run: (name) => void (Number(name) <= sections && go(Number(name) - 1)) },
    { command: 'text.close', run: close },
  ];
}
