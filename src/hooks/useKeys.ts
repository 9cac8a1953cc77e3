// Keys for a component, one at a time. On Ink 8 this is Ink's own useInput (its handler is stable and
// it hears a key sent the turn after the component mounted: test/unit/inkInput.test.tsx), plus one
// thing Ink still does not do: a run of plain keys that arrives in one read ("j\r" from a fast typist,
// tmux or a paste without bracketed paste) reaches useInput as a single string, and is split here into
// its keys (tokenizeKeys), each delivered on its own. In the real terminal keyStream.ts splits and
// paces the reads before Ink sees them; this covers input that reaches Ink another way.
import { useInput, type Key } from 'ink';
import { tokenizeKeys } from '../keys/keyStream';

type Handler = (input: string, key: Key) => void;

/** Ink's (input, key) as one name: 'up', 'ctrl+b', 'return', or the character typed. */
export function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return 'tab';
  // Terminals send DEL (0x7f) for the Backspace key; Ink reports it as `delete`.
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input) return `ctrl+${input}`;
  if (input === ' ') return 'space';
  return input;
}

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

// The sequences terminals send for the keys awsnav binds (xterm and its SS3 / VT forms).
const SEQUENCES: Record<string, Partial<Key>> = {
  '\u001b[A': { upArrow: true }, '\u001bOA': { upArrow: true },
  '\u001b[B': { downArrow: true }, '\u001bOB': { downArrow: true },
  '\u001b[C': { rightArrow: true }, '\u001bOC': { rightArrow: true },
  '\u001b[D': { leftArrow: true }, '\u001bOD': { leftArrow: true },
  '\u001b[5~': { pageUp: true }, '\u001b[6~': { pageDown: true },
  '\u001b[H': { home: true }, '\u001bOH': { home: true }, '\u001b[1~': { home: true }, '\u001b[7~': { home: true },
  '\u001b[F': { end: true }, '\u001bOF': { end: true }, '\u001b[4~': { end: true }, '\u001b[8~': { end: true },
  '\u001b[3~': { delete: true },
  '\u001b[Z': { tab: true, shift: true },
};

/** One key as a terminal sends it → Ink's (input, key) form. Unknown sequences come back as meta with no input. */
export function parseKey(seq: string): [string, Key] {
  if (seq === '\u001b') return ['', { ...NO_KEY, escape: true, meta: true }];
  const known = SEQUENCES[seq];
  if (known) return ['', { ...NO_KEY, ...known }];
  if (seq.startsWith('\u001b')) return ['', { ...NO_KEY, meta: true }];
  return keyOfChar(seq);
}

/** A run of plain keys glued into one input by Ink (more than one character, no named key). */
function isGluedRun(input: string, key: Key): boolean {
  return [...input].length > 1 && !key.ctrl && !key.meta && !key.return && !key.tab && !key.escape;
}

export function useKeys(handler: Handler, options?: { isActive?: boolean }): void {
  useInput((input, key) => {
    if (!isGluedRun(input, key)) return handler(input, key);
    for (const token of tokenizeKeys(input)) handler(...parseKey(token));
  }, { isActive: options?.isActive !== false });
}
