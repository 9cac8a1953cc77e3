// Every shortcut lives here, as data: command id → keys, description, where it applies. The help
// screen and the footer hints are generated from this table, and tests press commands through it.
// What a key does is its scope's controller's (src/hooks/controllers); whether an action changes AWS
// is the action's own word (ActionSpec.mutates, read through data/actionCatalog.ts), not said here.
// Pure data with no React or Ink in it, so the data layer can name a key in a message (keyOf) and the
// hooks sit above it.

export type Scope = 'browse' | 'filter' | 'jobs' | 'dialog' | 'text' | 'code' | 'command' | 'confirm';

export interface Binding {
  command: CommandId;
  keys: string[];
  description: string;
  scope: Scope;
  /** Short label for the footer; bindings without one appear only in help. */
  hint?: string;
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
  | 'raw'
  | 'command'
  | 'jobs.focus'
  | 'profile.pick'
  | 'region.pick'
  | 'help'
  | 'quit'
  | 'sort.next'
  | 'sort.reverse'
  | 'scan.stop'
  | 'collection.count'
  | 'detail.toggle'
  | 'mark.toggle'
  | 'mark.clear'
  | 'yank'
  | 'help.next'
  | 'command.run'
  | 'command.cancel'
  | 'command.complete'
  | 'command.older'
  | 'command.newer'
  | 'help.prev'
  | 'help.section'
  | ActionCommand
  | 'filter.accept'
  | 'filter.clear'
  | 'filter.erase'
  | 'jobs.up'
  | 'jobs.down'
  | 'jobs.cancel'
  | 'jobs.dismiss'
  | 'jobs.back'
  | 'jobs.show'
  | 'jobs.copy'
  | 'jobs.code'
  | 'jobs.open'
  | 'dialog.yes'
  | 'dialog.code'
  | 'dialog.settings'
  | 'dialog.complete'
  | 'dialog.no'
  | 'dialog.submit'
  | 'dialog.cancel'
  | 'dialog.up'
  | 'dialog.down'
  | 'text.up'
  | 'text.down'
  | 'text.pageUp'
  | 'text.pageDown'
  | 'text.close'
  | 'code'
  | 'code.nextTab'
  | 'code.prevTab'
  | 'code.tab'
  | 'code.subject'
  | 'code.up'
  | 'code.down'
  | 'code.pageUp'
  | 'code.pageDown'
  | 'code.copy'
  | 'code.close';

/**
 * Verbs that node types attach actions to (data/actions.ts: ActionSpec.command). The same key does
 * the fitting thing for what is selected: Ctrl-D on an object deletes it, on a folder deletes the prefix.
 */
export type ActionCommand =
  | 'action.delete'
  | 'action.download'
  | 'action.preview'
  | 'action.versions'
  | 'action.start'
  | 'action.stop'
  | 'action.reboot'
  | 'action.terminate'
  | 'action.launch'
  | 'action.wait'
  | 'action.flat'
  | 'action.contentType'
  | 'action.deleteAll'
  | 'action.upload'
  | 'action.presign'
  | 'action.restore'
  | 'action.copy'
  | 'action.move';

export const keymap: Binding[] = [
  { command: 'cursor.up', keys: ['up', 'k'], description: 'Move up', scope: 'browse' },
  { command: 'cursor.down', keys: ['down', 'j'], description: 'Move down', scope: 'browse', hint: 'move' },
  { command: 'cursor.pageUp', keys: ['pageup', 'ctrl+b'], description: 'Page up', scope: 'browse' },
  { command: 'cursor.pageDown', keys: ['pagedown', 'ctrl+f'], description: 'Page down (loads more as you go)', scope: 'browse' },
  { command: 'cursor.first', keys: ['g', 'home'], description: 'First row', scope: 'browse' },
  { command: 'cursor.last', keys: ['G', 'end'], description: 'Last row: reads to the true end in one press ({back} stops)', scope: 'browse' },
  { command: 'open', keys: ['return', 'right', 'l'], description: 'Open the selected item', scope: 'browse', hint: 'open' },
  { command: 'back', keys: ['escape', 'left', 'h'], description: 'Go back up the path', scope: 'browse', hint: 'back' },
  { command: 'filter', keys: ['/'], description: 'Filter every row: the loaded ones at once, the rest read in the background', scope: 'browse', hint: 'filter' },
  { command: 'refresh', keys: ['r'], description: 'Refresh the listing (retries after an error)', scope: 'browse', hint: 'refresh' },
  { command: 'raw', keys: ['y'], description: 'Raw view: the API response as the service sent it', scope: 'browse' },
  { command: 'command', keys: [':'], description: 'Command line (:help lists the commands)', scope: 'browse' },
  { command: 'profile.pick', keys: ['p'], description: 'Switch profile (type to filter); :profile NAME jumps', scope: 'browse', hint: 'profile' },
  { command: 'region.pick', keys: ['R'], description: 'Switch region (at the root: the selected profile\'s); :region NAME', scope: 'browse' },
  { command: 'jobs.focus', keys: ['tab'], description: 'Go to the jobs panel (waiters, downloads, deletes)', scope: 'browse' },
  { command: 'help', keys: ['?'], description: 'Show this help', scope: 'browse', hint: 'help' },
  { command: 'quit', keys: ['q'], description: 'Quit (Ctrl-C always quits)', scope: 'browse', hint: 'quit' },
  { command: 'detail.toggle', keys: ['i'], description: 'Show or hide the detail pane (hidden at first below 100 columns; then {open} on an item shows its details)', scope: 'browse' },
  { command: 'mark.toggle', keys: ['space'], description: 'Mark or unmark the row: actions then apply to every marked row', scope: 'browse', hint: 'mark' },
  { command: 'mark.clear', keys: ['M'], description: 'Clear the marks', scope: 'browse' },
  { command: 'yank', keys: ['Y'], description: 'Copy the name, key, s3:// URI, ARN, id or IP to the clipboard (OSC 52)', scope: 'browse', hint: 'yank' },
  { command: 'action.delete', keys: ['ctrl+d'], description: 'Delete the selected item', scope: 'browse' },
  { command: 'action.download', keys: ['d'], description: 'Download the selected object', scope: 'browse' },
  { command: 'action.preview', keys: ['v'], description: 'Preview the start of the selected object', scope: 'browse' },
  { command: 'action.versions', keys: ['V'], description: 'Show versions', scope: 'browse' },
  { command: 'action.start', keys: ['S'], description: 'Start the selected instance', scope: 'browse' },
  { command: 'action.stop', keys: ['X'], description: 'Stop the selected instance', scope: 'browse' },
  { command: 'action.reboot', keys: ['B'], description: 'Reboot the selected instance', scope: 'browse' },
  { command: 'action.terminate', keys: ['ctrl+k'], description: 'Terminate the selected instance (type its id)', scope: 'browse' },
  { command: 'action.launch', keys: ['n'], description: 'Launch a new instance here', scope: 'browse' },
  { command: 'action.wait', keys: ['w'], description: 'Start a waiter on the selected item', scope: 'browse' },
  { command: 'action.flat', keys: ['F'], description: 'Flat listing (every key under the prefix) / folders', scope: 'browse' },
  { command: 'action.contentType', keys: ['T'], description: 'Filter by content type (asks each key with HeadObject)', scope: 'browse' },
  { command: 'action.deleteAll', keys: ['D'], description: 'Delete everything under the prefix in view (type the prefix)', scope: 'browse' },
  { command: 'action.upload', keys: ['u', 'ctrl+u'], description: 'Upload a file or a folder here (asks before replacing)', scope: 'browse' },
  { command: 'action.presign', keys: ['P'], description: 'Presigned URL of the selected object (shown, copied)', scope: 'browse' },
  { command: 'action.restore', keys: ['U'], description: 'Versions view: make this version current / remove this delete marker', scope: 'browse' },
  { command: 'action.copy', keys: ['c'], description: 'Copy the selected object to another prefix or bucket (server-side)', scope: 'browse' },
  { command: 'action.move', keys: ['m'], description: 'Move the selected object (copy, then delete the source)', scope: 'browse' },
  { command: 'sort.next', keys: ['s'], description: 'Sort every row by the next column (name, size, modified, none); reads the whole listing', scope: 'browse' },
  { command: 'sort.reverse', keys: ['o'], description: 'Reverse the sort order', scope: 'browse' },
  { command: 'scan.stop', keys: ['x'], description: 'Stop the scan, sort, filter or walk to the end in progress (keeps what it found)', scope: 'browse' },
  { command: 'collection.count', keys: ['#'], description: 'Count objects and bytes of the folder or bucket (or the listing in view), as a job; :count', scope: 'browse' },
  { command: 'filter.accept', keys: ['return'], description: 'Keep the filter and go back to the list', scope: 'filter', hint: 'keep' },
  { command: 'filter.clear', keys: ['escape'], description: 'Clear the filter', scope: 'filter', hint: 'clear' },
  { command: 'filter.erase', keys: ['backspace'], description: 'Erase a character', scope: 'filter' },
  { command: 'jobs.up', keys: ['up', 'k'], description: 'Previous job', scope: 'jobs' },
  { command: 'jobs.down', keys: ['down', 'j'], description: 'Next job', scope: 'jobs', hint: 'select' },
  { command: 'jobs.cancel', keys: ['c', 'x'], description: 'Cancel the selected job (aborts its request)', scope: 'jobs', hint: 'cancel' },
  { command: 'jobs.dismiss', keys: ['d'], description: 'Dismiss a finished job', scope: 'jobs', hint: 'dismiss' },
  { command: 'jobs.back', keys: ['tab', 'escape'], description: 'Back to the list', scope: 'jobs', hint: 'back' },
  { command: 'jobs.show', keys: ['return'], description: 'Show the job\'s lines (per-key errors, summary)', scope: 'jobs', hint: 'details' },
  { command: 'jobs.code', keys: ['C'], description: 'The job\'s state change and its waiter, with its Delay and MaxAttempts, as AWS CLI, boto3 and JS SDK code', scope: 'jobs' },
  { command: 'jobs.copy', keys: ['Y'], description: 'A sign-in job: copy its code to the clipboard (OSC 52)', scope: 'jobs' },
  { command: 'jobs.open', keys: ['o'], description: 'A sign-in job: open its verification page in a browser, where this machine has one', scope: 'jobs' },
  { command: 'dialog.yes', keys: ['y'], description: 'Yes, go ahead', scope: 'dialog' },
  { command: 'dialog.no', keys: ['n'], description: 'No, leave it', scope: 'dialog' },
  { command: 'dialog.submit', keys: ['return'], description: 'Accept', scope: 'dialog', hint: 'accept' },
  { command: 'dialog.cancel', keys: ['escape'], description: 'Cancel', scope: 'dialog', hint: 'cancel' },
  // A question answered by typing (terminate) cannot spare a letter for its settings.
  { command: 'dialog.settings', keys: ['ctrl+o'], description: 'A question you answer by typing (terminate): change the settings it shows (Delay, MaxAttempts), then it asks again', scope: 'dialog' },
  { command: 'dialog.complete', keys: ['tab'], description: 'Complete the path, as a shell does (a field that takes a path)', scope: 'dialog' },
  // A yes/no question answers to y, n and Esc only (Enter does nothing there, so the footer does not offer it).
  { command: 'dialog.yes', keys: ['y'], description: 'Yes (a yes/no question)', scope: 'confirm', hint: 'yes' },
  { command: 'dialog.no', keys: ['n'], description: 'No (a yes/no question)', scope: 'confirm', hint: 'no' },
  { command: 'dialog.cancel', keys: ['escape'], description: 'No, and close the question', scope: 'confirm', hint: 'cancel' },
  { command: 'dialog.settings', keys: ['e'], description: 'Change the settings shown (a waiter\'s Delay and MaxAttempts), then asks again', scope: 'confirm' },
  { command: 'dialog.code', keys: ['C'], description: 'The action asked about as AWS CLI, boto3 and JS SDK code, with the settings given ({confirm:dialog.cancel} comes back to the question)', scope: 'confirm' },
  { command: 'dialog.up', keys: ['up'], description: 'Previous choice', scope: 'dialog' },
  { command: 'dialog.down', keys: ['down'], description: 'Next choice', scope: 'dialog' },
  { command: 'text.up', keys: ['up', 'k'], description: 'Scroll up', scope: 'text' },
  { command: 'text.down', keys: ['down', 'j'], description: 'Scroll down', scope: 'text', hint: 'scroll' },
  { command: 'text.pageUp', keys: ['pageup', 'b'], description: 'Page up', scope: 'text' },
  { command: 'text.pageDown', keys: ['pagedown', 'space'], description: 'Page down', scope: 'text' },
  { command: 'command.run', keys: ['return'], description: 'Run the command', scope: 'command', hint: 'run' },
  { command: 'command.complete', keys: ['tab'], description: 'Complete the command, profile, region, folder or state', scope: 'command', hint: 'complete' },
  { command: 'command.older', keys: ['up'], description: 'An earlier command (this session)', scope: 'command', hint: 'history' },
  { command: 'command.newer', keys: ['down'], description: 'A later command', scope: 'command' },
  { command: 'command.cancel', keys: ['escape'], description: 'Leave the command line', scope: 'command', hint: 'cancel' },
  { command: 'help.next', keys: ['right', 'tab', 'l'], description: 'Next section of the help', scope: 'text' },
  { command: 'help.prev', keys: ['left', 'h'], description: 'Previous section of the help', scope: 'text' },
  { command: 'help.section', keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], description: 'That section of the help', scope: 'text' },
  { command: 'text.close', keys: ['escape', 'q', '?'], description: 'Close this view', scope: 'text', hint: 'close' },
  { command: 'code', keys: ['C'], description: 'Code view: this listing, item or action as AWS CLI, boto3 and JS SDK code; :code', scope: 'browse' },
  { command: 'code.nextTab', keys: ['right', 'l'], description: 'Next tab (AWS CLI, boto3 client, boto3 resource, JS SDK)', scope: 'code', hint: 'tab' },
  { command: 'code.prevTab', keys: ['left', 'h'], description: 'Previous tab', scope: 'code' },
  { command: 'code.tab', keys: ['1', '2', '3', '4'], description: 'That tab', scope: 'code' },
  { command: 'code.subject', keys: ['tab'], description: 'The next request here (the listing, the selected item, its next state change)', scope: 'code', hint: 'request' },
  { command: 'code.up', keys: ['up', 'k'], description: 'Scroll up', scope: 'code' },
  { command: 'code.down', keys: ['down', 'j'], description: 'Scroll down', scope: 'code', hint: 'scroll' },
  { command: 'code.pageUp', keys: ['pageup', 'b'], description: 'Page up', scope: 'code' },
  { command: 'code.pageDown', keys: ['pagedown', 'space'], description: 'Page down', scope: 'code' },
  { command: 'code.copy', keys: ['Y'], description: 'Copy the tab to the clipboard (OSC 52)', scope: 'code', hint: 'copy' },
  { command: 'code.close', keys: ['escape', 'q'], description: 'Close the code view', scope: 'code', hint: 'close' },
];

// A description that names another command's key says so as {command} or {scope:command}: filled in
// from the bindings here, so a key rebound above is named right in help too.
for (const b of keymap) {
  b.description = b.description.replace(/\{(?:(\w+):)?([\w.]+)\}/g, (_, scope: Scope | undefined, command: CommandId) => keyOf(command, scope));
}

export function commandFor(scope: Scope, name: string): CommandId | undefined {
  return keymap.find((b) => b.scope === scope && b.keys.includes(name))?.command;
}

/** "Start the selected instance" → "start the selected instance": what the key would do, for a message. */
export function describeCommand(command: CommandId): string {
  const d = keymap.find((b) => b.command === command)?.description ?? command;
  return d.charAt(0).toLowerCase() + d.slice(1);
}

export function bindingsFor(scope: Scope): Binding[] {
  return keymap.filter((b) => b.scope === scope);
}

/** How a key is written in help and hints. */
export function keyLabel(name: string): string {
  const labels: Record<string, string> = {
    up: '↑', down: '↓', left: '←', right: '→', return: 'Enter', escape: 'Esc',
    pageup: 'PgUp', pagedown: 'PgDn', home: 'Home', end: 'End', backspace: 'Backspace', tab: 'Tab', space: 'Space',
  };
  return labels[name] ?? (name.startsWith('ctrl+') ? `Ctrl-${name.slice(5).toUpperCase()}` : name);
}

/** The bytes a terminal sends for a key name: tests press commands through the keymap with these. */
export function keyBytes(name: string): string {
  const bytes: Record<string, string> = {
    up: '\u001b[A', down: '\u001b[B', right: '\u001b[C', left: '\u001b[D',
    pageup: '\u001b[5~', pagedown: '\u001b[6~', home: '\u001b[H', end: '\u001b[F',
    return: '\r', escape: '\u001b', tab: '\t', backspace: '\u007f', space: ' ',
  };
  if (bytes[name]) return bytes[name];
  if (name.startsWith('ctrl+')) return String.fromCharCode(name.charCodeAt(5) & 0x1f);
  return name;
}

/** How the person presses a command, for a message: keyOf('refresh') → 'r', keyOf('jobs.focus') → 'Tab'. */
export function keyOf(command: CommandId, scope: Scope = 'browse'): string {
  const b = keymap.find((x) => x.command === command && x.scope === scope) ?? keymap.find((x) => x.command === command);
  if (!b) throw new Error(`no binding for ${command}`);
  return keyLabel(b.keys[0]);
}

export function commandKeys(command: CommandId, scope?: Scope): string {
  const b = keymap.find((x) => x.command === command && (!scope || x.scope === scope));
  if (!b) throw new Error(`no binding for ${command}`);
  return keyBytes(b.keys[0]);
}
