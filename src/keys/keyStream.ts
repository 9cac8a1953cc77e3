// Keys one at a time, each after the previous one has been handled. A terminal delivers what was
// typed in one read: "j\r" from a fast typist or tmux, ":" right behind an Esc ("\x1b:", which reads
// as Alt+:), a burst of Esc, a paste. Ink hands such a chunk to every input handler at once, before
// React has drawn what the first key opened, so the keys meant for a dialog reach the list instead.
// This stream sits between the terminal and Ink, splits each read into keys, and lets Ink and React
// finish with one key (setImmediate) before giving them the next.
import { PassThrough } from 'node:stream';
import { noteInput } from '../data/inputQuiet';

const ESC = '\u001b';
/** How long Ink 8 waits after a lone Esc before it reports it (components/App.js). */
export const INK_ESC_HOLD_MS = 20;
/**
 * The Escape key in the kitty keyboard protocol's CSI-u form: a complete sequence, which Ink 8 reports
 * as Escape at once. A lone ESC byte is held INK_ESC_HOLD_MS to see whether a sequence follows, and a key
 * that reaches Ink within that time (a timer of ours can fire after Ink's on a loaded machine) is glued to
 * it as Alt+key. awsnav binds no Alt keys, so a lone ESC from the terminal always means this key.
 */
export const ESC_KEY = '\u001b[27u';
// Bracketed paste (Ink's usePaste turns it on in prompts): the whole paste stays one token, so Ink
// hands it to the prompt's paste handler in one piece instead of key by key.
const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';

/** One read of terminal input → the keys in it. Escape sequences stay whole; ESC+char is two keys. */
export function tokenizeKeys(chunk: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < chunk.length) {
    if (chunk[i] !== ESC) {
      const cp = chunk.codePointAt(i)!;
      const len = cp > 0xffff ? 2 : 1;
      keys.push(chunk.slice(i, i + len));
      i += len;
      continue;
    }
    const next = chunk[i + 1];
    const pasteEnd = chunk.startsWith(PASTE_START, i) ? chunk.indexOf(PASTE_END, i) : -1;
    if (pasteEnd >= 0) {
      keys.push(chunk.slice(i, pasteEnd + PASTE_END.length));
      i = pasteEnd + PASTE_END.length;
    } else if (next === '[') {
      // CSI: parameters and intermediates, then one final byte (0x40–0x7e). '[[A' is a legacy F-key form.
      let j = i + 2;
      if (chunk[j] === '[') j++;
      while (j < chunk.length && /[\u0020-\u003f]/.test(chunk[j])) j++;
      keys.push(chunk.slice(i, j + 1));
      i = j + 1;
    } else if (next === 'O' && i + 2 < chunk.length) {
      keys.push(chunk.slice(i, i + 3)); // SS3: ESC O A (arrows in application mode)
      i += 3;
    } else {
      keys.push(ESC); // a lone Esc, or Esc followed by another key: awsnav binds no Alt keys
      i += 1;
    }
  }
  return keys;
}

/** A TTY-like stream for Ink's `stdin` option, fed from the real one key at a time. */
export function keyStream(input: NodeJS.ReadStream): NodeJS.ReadStream {
  const out = new PassThrough() as unknown as NodeJS.ReadStream & { write(s: string): boolean };
  Object.assign(out, {
    isTTY: input.isTTY,
    setRawMode: (mode: boolean) => {
      input.setRawMode?.(mode);
      return out;
    },
    ref: () => {
      input.ref();
      return out;
    },
    unref: () => {
      input.unref();
      return out;
    },
  });
  const queue: string[] = [];
  let draining = false;
  const step = () => {
    const key = queue.shift();
    if (key === undefined) {
      draining = false;
      return;
    }
    // A lone Esc goes to Ink in a form it cannot mistake for the start of a sequence (ESC_KEY), so the
    // next key needs no wait (Esc Esc, or Esc then ?, typed fast: test/unit/inkInput.test.tsx).
    out.write(key === ESC ? ESC_KEY : key);
    setImmediate(step);
  };
  input.setEncoding('utf8');
  input.on('data', (chunk: string) => {
    // Background reads wait while keys come (src/data/inputQuiet.ts).
    noteInput();
    queue.push(...tokenizeKeys(chunk));
    if (!draining) {
      draining = true;
      step();
    }
  });
  return out;
}
