// Keys for a component, one at a time, heard from the moment it is on screen.
// - Ink splits escape sequences, but a run of plain bytes arrives as one input: "j\r" from a fast
//   typist, tmux or a paste would reach a handler as a single unknown string. Each key is delivered
//   on its own here (tokenizeKeys), and ESC+char is Esc then char (awsnav binds no Alt keys).
// - Ink's useInput subscribes in a passive effect, after the frame is drawn, and re-subscribes when
//   the handler's identity changes (moving it behind the others). A dialog that has just opened could
//   miss the key typed at once, and the list under it could hear a key after the dialog had closed
//   on it. Here the subscription is made in a layout effect, when the component is committed, once
//   for its life: the list (mounted first, ignoring keys while a dialog is open) hears each key
//   before the dialog on top of it.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { EventEmitter } from 'node:events';
import { useStdin, type Key } from 'ink';
import { tokenizeKeys } from '../ui/keyStream';

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

export function useKeys(handler: Handler, options?: { isActive?: boolean }): void {
  // Ink's own input emitter: public useInput is built on it, but subscribes in a passive effect
  // (see the header; test/unit/inkInput.test.tsx shows a key missed that way on Ink 8).
  const { internal_eventEmitter: events, setRawMode } = useStdin() as ReturnType<typeof useStdin> & { internal_eventEmitter?: EventEmitter };
  const latest = useRef(handler);
  latest.current = handler;
  const active = options?.isActive !== false;

  useEffect(() => {
    if (!active) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [active, setRawMode]);

  useLayoutEffect(() => {
    if (!active || !events) return;
    const onInput = (data: string) => {
      for (const token of tokenizeKeys(data)) {
        const [input, key] = parseKey(token);
        latest.current(input, key);
      }
    };
    events.on('input', onInput);
    return () => {
      events.removeListener('input', onInput);
    };
  }, [active, events]);
}
