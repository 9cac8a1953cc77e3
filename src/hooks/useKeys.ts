// Ink's useInput, one key at a time. Ink splits escape sequences, but a run of plain bytes arrives as
// one input: "j\r" from a fast typist, tmux send-keys or a paste would reach the handler as a single
// unknown string and be lost. Here each character of such a run is delivered as its own key.
import { useCallback, useRef } from 'react';
import { useInput, type Key } from 'ink';

type Handler = (input: string, key: Key) => void;

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
} as Key;

export function keyOfChar(ch: string): [string, Key] {
  const code = ch.charCodeAt(0);
  if (ch === '\r' || ch === '\n') return ['', { ...NO_KEY, return: true }];
  if (ch === '\t') return ['', { ...NO_KEY, tab: true }];
  if (ch === '\u007f' || ch === '\b') return ['', { ...NO_KEY, backspace: true }];
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /[A-Z]/.test(ch) }];
}

export function splitRun(input: string, key: Key): [string, Key][] {
  // ESC followed at once by a character reads as Alt+character ("\x1b:"). awsnav binds no Alt keys,
  // and a person who pressed Esc then : meant both: deliver them as two keys.
  const arrows = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end;
  if (key.meta && !key.escape && !arrows && input.length > 0 && !key.return && !key.tab && !key.backspace && !key.delete) {
    return [['', { ...NO_KEY, escape: true, meta: true }], ...splitRun(input, { ...key, meta: false })];
  }
  const special = key.ctrl || key.meta || key.escape || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow ||
    key.pageUp || key.pageDown || key.home || key.end || key.tab || key.backspace || key.delete || key.return;
  if (special || [...input].length <= 1) return [[input, key]];
  return [...input].map(keyOfChar);
}

/**
 * The handler passed to Ink stays the same function for the component's life. Ink re-subscribes a
 * handler whenever its identity changes, which moves it to the end of the listener list: the list
 * (re-rendering on every key) would then hear a key after the dialog on top of it, see the dialog
 * already closed by that very key, and act on it a second time (Esc closing the raw view, then going
 * back too). Stable handlers keep mount order: the list first (it ignores keys while a dialog is open),
 * then the dialog.
 */
export function useKeys(handler: Handler, options?: { isActive?: boolean }): void {
  const latest = useRef(handler);
  latest.current = handler;
  const stable = useCallback((input: string, key: Key) => {
    for (const [i, k] of splitRun(input, key)) latest.current(i, k);
  }, []);
  useInput(stable, options);
}
