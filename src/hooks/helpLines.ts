// Help, generated from the keymap, the controllers' "off because…" and the command list, so it can
// never disagree with what the keys do. In sections that each fit one screen (helpSections), so help
// at 80×24 is a few keys away, not six pages. Pure: the help view (src/ui) and the `?` key both use it.
import { bindingsFor, keyLabel, keymap, keyOf, type Binding, type CommandId, type Scope } from '../keys/keymap';
import { commandMutates } from '../data/actionCatalog';
import { commandLines } from './commands';
import type { OffKey } from './controllers/dispatch';
import { widthOf, wrapWords } from './wrapWidth';

export interface HelpSection {
  title: string;
  lines: string[];
}

// The keys' column: two spaces, the keys padded to 22.
const KEYS = 24;

// The list's keys by what they are for. A browse binding named in none of these (one added later)
// lands in "More", so help still lists every key.
const browseGroups: { title: string; match(c: CommandId): boolean }[] = [
  { title: 'Browsing', match: (c) => c.startsWith('cursor.') || ['open', 'back', 'jobs.focus', 'detail.toggle'].includes(c) },
  { title: 'Listing', match: (c) => ['filter', 'refresh', 'raw', 'sort.next', 'sort.reverse', 'scan.stop', 'action.flat', 'action.contentType', 'action.versions', 'action.preview'].includes(c) },
  { title: 'Marks and actions', match: (c) => c.startsWith('mark.') || c === 'yank' || ['action.delete', 'action.download', 'action.deleteAll', 'action.wait'].includes(c) },
  { title: 'Instances', match: (c) => ['action.start', 'action.stop', 'action.reboot', 'action.terminate', 'action.launch'].includes(c) },
  { title: 'Session', match: (c) => ['profile.pick', 'region.pick', 'command', 'help', 'quit'].includes(c) },
];

const scopeTitles: Partial<Record<Scope, () => string>> = {
  filter: () => `Filtering (${keyOf('filter')})`,
  jobs: () => `Jobs panel (${keyOf('jobs.focus')})`,
  dialog: () => 'Dialogs',
  text: () => 'Text views',
  code: () => 'Code view',
  command: () => `Command line (${keyOf('command')})`,
  confirm: () => 'Yes/no questions',
};

/** Every scope but the list's, in keymap order: a scope added later has its section too. */
const otherScopes = (): { scope: Scope; title: string }[] =>
  [...new Set(keymap.map((b) => b.scope))].filter((s) => s !== 'browse').map((scope) => ({ scope, title: scopeTitles[scope]?.() ?? scope }));

const keysOf = (b: Binding) => b.keys.map(keyLabel).join(' / ');

function line(b: Binding): string {
  // Whether it changes AWS is the action's word (ActionSpec.mutates), not the keymap's.
  const mark = b.scope === 'browse' && commandMutates(b.command) ? ' (asks first; not in read-only)' : '';
  return `  ${keysOf(b).padEnd(KEYS - 2)}${b.description}${mark}`;
}

/**
 * One help line as screen lines of at most `width` cells: a description too long for the line goes on
 * under itself, indented to where it starts (after the keys or the command, two spaces or more) —
 * never cut, so help says all a key does.
 */
function wrapEntry(text: string, width: number): string[] {
  if (widthOf(text) <= width) return [text];
  const m = /^( *\S(?:.*?\S)?  +)(\S.*)$/.exec(text) ?? /^( +)(\S.*)$/.exec(text);
  const indent = m ? widthOf(m[1]) : 0;
  if (!m || width - indent < 20) return wrapWords(text, width);
  return wrapWords(m[2], width - indent).map((l, i) => (i === 0 ? m[1] : ' '.repeat(indent)) + l);
}

/** The list's keys that are off on the screen help was opened from, each with why. */
function offSection(off: readonly OffKey[]): HelpSection[] {
  if (!off.length) return [];
  const browse = bindingsFor('browse');
  const lines = off.flatMap(({ command, why }) => {
    const b = browse.find((x) => x.command === command);
    return b ? [`  ${keysOf(b).padEnd(KEYS - 2)}${b.description}`, `${''.padEnd(KEYS)}off: ${why}`] : [];
  });
  return lines.length ? [{ title: 'Off here', lines }] : [];
}

/**
 * Sections no longer than `page` lines each (a longer one is split as "Title 1/2", "Title 2/2").
 * `off`: the list's keys that are off where help was opened, with why: a section after the list's
 * keys (help opens on what the keys do; the section bar names "Off here" to jump to).
 */
export function helpSections(page = Infinity, off: readonly OffKey[] = [], width = Infinity): HelpSection[] {
  const browse = bindingsFor('browse');
  const used = new Set<Binding>();
  const raw: HelpSection[] = browseGroups.map((g) => {
    const bs = browse.filter((b) => g.match(b.command));
    bs.forEach((b) => used.add(b));
    return { title: g.title, lines: bs.map(line) };
  });
  const more = browse.filter((b) => !used.has(b));
  if (more.length) raw.push({ title: 'More', lines: more.map(line) });
  raw.push(...offSection(off));
  for (const s of otherScopes()) raw.push({ title: s.title, lines: bindingsFor(s.scope).map(line) });
  raw.push({ title: `Commands (${keyOf('command')})`, lines: [...commandLines().map((l) => `  ${l}`), '', 'Ctrl-C quits from anywhere.'] });
  const size = Math.max(1, page);
  return raw.flatMap((s) => {
    // Each entry's screen lines stay on one page together.
    const pages: string[][] = [[]];
    for (const entry of s.lines.map((l) => wrapEntry(l, width))) {
      const last = pages.at(-1)!;
      if (last.length && last.length + entry.length > size) pages.push([]);
      pages.at(-1)!.push(...entry);
    }
    if (pages.length === 1) return [{ title: s.title, lines: pages[0] }];
    return pages.map((lines, i) => ({ title: `${s.title} ${i + 1}/${pages.length}`, lines }));
  });
}

/** Every section as one text (the `:help` list, tests). */
export function helpLines(off: readonly OffKey[] = []): string[] {
  return helpSections(Infinity, off).flatMap((s) => [s.title, ...s.lines, '']);
}
