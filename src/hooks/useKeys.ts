// Ink's useInput, one key at a time. Ink splits escape sequences, but a run of plain bytes arrives as
// one input: "j\r" from a fast typist, tmux send-keys or a paste would reach the handler as a single
// unknown string and be lost. Here each character of such a run is delivered as its own key.
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

export function useKeys(handler: Handler, options?: { isActive?: boolean }): void {
  useInput((input, key) => {
    for (const [i, k] of splitRun(input, key)) handler(i, k);
  }, options);
}
