// Every shortcut lives here, as data: command id → keys, description, where it applies. The help
// screen and the footer hints are generated from this table, and tests press commands through it.
import type { Key } from 'ink';

export type Scope = 'browse' | 'filter' | 'help';

export interface Binding {
  command: CommandId;
  keys: string[];
  description: string;
  scope: Scope;
  /** Short label for the footer; bindings without one appear only in help. */
  hint?: string;
  /** Changes something in AWS: asks for confirmation, absent in read-only mode. */
  destructive?: boolean;
}

export type CommandId =
  | 'cursor.up'
  | 'cursor.down'
  | 'cursor.pageUp'
  | 'cursor.pageDown'
  | 'cursor.first'
  | 'cursor.last'
  | 'open'
  | 'back'
  | 'filter'
  | 'refresh'
  | 'help'
  | 'quit'
  | 'filter.accept'
  | 'filter.clear'
  | 'filter.erase'
  | 'help.close';

export const keymap: Binding[] = [
  { command: 'cursor.up', keys: ['up', 'k'], description: 'Move up', scope: 'browse' },
  { command: 'cursor.down', keys: ['down', 'j'], description: 'Move down', scope: 'browse', hint: 'move' },
  { command: 'cursor.pageUp', keys: ['pageup', 'ctrl+b'], description: 'Page up', scope: 'browse' },
  { command: 'cursor.pageDown', keys: ['pagedown', 'ctrl+f'], description: 'Page down (loads more as you go)', scope: 'browse' },
  { command: 'cursor.first', keys: ['g', 'home'], description: 'First row', scope: 'browse' },
  { command: 'cursor.last', keys: ['G', 'end'], description: 'Last loaded row', scope: 'browse' },
  { command: 'open', keys: ['return', 'right', 'l'], description: 'Open the selected item', scope: 'browse', hint: 'open' },
  { command: 'back', keys: ['escape', 'left', 'h'], description: 'Go back up the path', scope: 'browse', hint: 'back' },
  { command: 'filter', keys: ['/'], description: 'Filter the loaded rows', scope: 'browse', hint: 'filter' },
  { command: 'refresh', keys: ['r'], description: 'Refresh the listing (retries after an error)', scope: 'browse', hint: 'refresh' },
  { command: 'help', keys: ['?'], description: 'Show this help', scope: 'browse', hint: 'help' },
  { command: 'quit', keys: ['q'], description: 'Quit (Ctrl-C always quits)', scope: 'browse', hint: 'quit' },
  { command: 'filter.accept', keys: ['return'], description: 'Keep the filter and go back to the list', scope: 'filter', hint: 'keep' },
  { command: 'filter.clear', keys: ['escape'], description: 'Clear the filter', scope: 'filter', hint: 'clear' },
  { command: 'filter.erase', keys: ['backspace'], description: 'Erase a character', scope: 'filter' },
  { command: 'help.close', keys: ['escape', '?', 'q'], description: 'Close help', scope: 'help', hint: 'close' },
];

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
  return input;
}

export function commandFor(scope: Scope, name: string): CommandId | undefined {
  return keymap.find((b) => b.scope === scope && b.keys.includes(name))?.command;
}

export function bindingsFor(scope: Scope): Binding[] {
  return keymap.filter((b) => b.scope === scope);
}

/** How a key is written in help and hints. */
export function keyLabel(name: string): string {
  const labels: Record<string, string> = {
    up: '↑', down: '↓', left: '←', right: '→', return: 'Enter', escape: 'Esc',
    pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End', backspace: 'Backspace',
  };
  return labels[name] ?? (name.startsWith('ctrl+') ? `Ctrl-${name.slice(5).toUpperCase()}` : name);
}

/** The bytes a terminal sends for a key name: tests press commands through the keymap with these. */
export function keyBytes(name: string): string {
  const bytes: Record<string, string> = {
    up: '\u001b[A', down: '\u001b[B', right: '\u001b[C', left: '\u001b[D',
    pageup: '\u001b[5~', pagedown: '\u001b[6~', home: '\u001b[H', end: '\u001b[F',
    return: '\r', escape: '\u001b', tab: '\t', backspace: '\u007f',
  };
  if (bytes[name]) return bytes[name];
  if (name.startsWith('ctrl+')) return String.fromCharCode(name.charCodeAt(5) & 0x1f);
  return name;
}

export function commandKeys(command: CommandId, scope?: Scope): string {
  const b = keymap.find((x) => x.command === command && (!scope || x.scope === scope));
  if (!b) throw new Error(`no binding for ${command}`);
  return keyBytes(b.keys[0]);
}
