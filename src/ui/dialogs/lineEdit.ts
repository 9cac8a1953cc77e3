// One line of text being edited, the one line editor of every dialog (a prompt, a pick list's filter,
// a type-to-confirm): pure, by key name (keyName in useKeys.ts), so the dialog state applies each key
// the moment it arrives. (@inkjs/ui's TextInput answers Enter with the value of its last render: text
// typed and confirmed in one burst — a paste, tmux send-keys, a fast typist — lost its last characters.)
import type { Key } from 'ink';
import { keyName } from '../../hooks/useKeys';

export interface Line {
  value: string;
  /** Insertion point, 0…value.length. */
  cursor: number;
}

export const lineOf = (value: string): Line => ({ value, cursor: value.length });

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The line after a key, or undefined when the key is not an edit (Enter, Esc, ↑/↓, Tab…). The editing
 * keys are a shell's: ←/→, Home/Ctrl-A, End/Ctrl-E, Ctrl-U (erase to the start), Backspace; any other
 * single printable character is typed.
 */
export function editKey(line: Line, name: string): Line | undefined {
  const { value, cursor } = line;
  switch (name) {
    case 'left':
      return { value, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { value, cursor: Math.min(value.length, cursor + 1) };
    case 'home':
    case 'ctrl+a':
      return { value, cursor: 0 };
    case 'end':
    case 'ctrl+e':
      return { value, cursor: value.length };
    case 'ctrl+u':
      return { value: value.slice(cursor), cursor: 0 };
    case 'backspace':
      return cursor === 0 ? line : { value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1 };
    case 'space':
      return insert(line, ' ');
  }
  // One character (an emoji is one, though two UTF-16 units); named keys ('tab', 'ctrl+x') are longer.
  if ([...name].length !== 1 || CONTROL.test(name)) return undefined;
  return insert(line, name);
}

/** The same from Ink's (input, key), for an editor that reads keys itself (the : command line). Alt+letter types nothing. */
export function editLine(line: Line, input: string, key: Key): Line | undefined {
  const name = keyName(input, key);
  return key.meta && [...name].length === 1 ? undefined : editKey(line, name);
}

function insert(line: Line, text: string): Line {
  const { value, cursor } = line;
  return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
}

/**
 * Pasted text inserted at the cursor as typed text, on one line: line breaks and other controls are
 * dropped, so a pasted path that ends in a newline is not submitted by it.
 */
export function pasteLine(line: Line, text: string): Line {
  return insert(line, text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ''));
}
