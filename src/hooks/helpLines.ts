// Help, generated from the keymap, the controllers' "off because…" and the command list, so it can
// never disagree with what the keys do. In sections that each fit one screen (helpSections), so help
// at 80×24 is a few keys away, not six pages. Pure: the help view (src/ui) and the `?` key both use it.
import { bindingsFor, keyLabel, keymap, keyOf, type Binding, type CommandId, type Scope } from '../keys/keymap';
import { commandMutates } from '../data/actionCatalog';
import { commandLines } from './commands';
import type { OffKey } from './controllers/dispatch';

export interface HelpSection {
  title: string;
  lines: string[];
}

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
  return `  ${keysOf(b).padEnd(22)}${b.description}${mark}`;
}

/** The list's keys that are off on the screen help was opened from, each with why. */
function offSection(off: readonly OffKey[]): HelpSection[] {
  if (!off.length) return [];
  const browse = bindingsFor('browse');
  const lines = off.flatMap(({ command, why }) => {
    const b = browse.find((x) => x.command === command);
    return b ? [`  ${keysOf(b).padEnd(22)}${b.description}`, `  ${''.padEnd(22)}off: ${why}`] : [];
  });
  return lines.length ? [{ title: 'Off here', lines }] : [];
}

/**
 * Sections no longer than `page` lines each (a longer one is split as "Title 1/2", "Title 2/2").
 * `off`: the list's keys that are off where help was opened, with why: a section after the list's
 * keys (help opens on what the keys do; the section bar names "Off here" to jump to).
 */
export function helpSections(page = Infinity, off: readonly OffKey[] = []): HelpSection[] {
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
    if (s.lines.length <= size) return [s];
    const parts = Math.ceil(s.lines.length / size);
    return Array.from({ length: parts }, (_, i) => ({ title: `${s.title} ${i + 1}/${parts}`, lines: s.lines.slice(i * size, (i + 1) * size) }));
  });
}

/** Every section as one text (the `:help` list, tests). */
export function helpLines(off: readonly OffKey[] = []): string[] {
  return helpSections(Infinity, off).flatMap((s) => [s.title, ...s.lines, '']);
}
