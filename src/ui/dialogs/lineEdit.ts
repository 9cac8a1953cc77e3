// One line of text being edited: pure, so a dialog can apply each key to a ref the moment it arrives.
// (@inkjs/ui's TextInput answers Enter with the value of its last render: text typed and confirmed in
// one burst — a paste, tmux send-keys, a fast typist — was submitted without its last characters.)
import type { Key } from 'ink';

export interface Line {
  value: string;
  /** Insertion point, 0…value.length. */
  cursor: number;
}

export const lineOf = (value: string): Line => ({ value, cursor: value.length });

/** The line after a key, or undefined when the key is not an edit (Enter, Esc, arrows up/down…). */
export function editLine(line: Line, input: string, key: Key): Line | undefined {
  const { value, cursor } = line;
  if (key.leftArrow) return { value, cursor: Math.max(0, cursor - 1) };
  if (key.rightArrow) return { value, cursor: Math.min(value.length, cursor + 1) };
  if (key.home || (key.ctrl && input === 'a')) return { value, cursor: 0 };
  if (key.end || (key.ctrl && input === 'e')) return { value, cursor: value.length };
  if (key.ctrl && input === 'u') return { value: value.slice(cursor), cursor: 0 };
  // Terminals send DEL (0x7f) for Backspace; Ink reports it as `delete`.
  if (key.backspace || key.delete) {
    return cursor === 0 ? line : { value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1 };
  }
  if (!input || key.ctrl || key.meta || key.return || key.escape || key.tab || /[\u0000-\u001f\u007f]/.test(input)) return undefined;
  return { value: value.slice(0, cursor) + input + value.slice(cursor), cursor: cursor + input.length };
}

/**
 * Pasted text inserted at the cursor as typed text, on one line: line breaks and other controls are
 * dropped, so a pasted path that ends in a newline is not submitted by it.
 */
export function pasteLine(line: Line, text: string): Line {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, '');
  const { value, cursor } = line;
  return { value: value.slice(0, cursor) + clean + value.slice(cursor), cursor: cursor + clean.length };
}
