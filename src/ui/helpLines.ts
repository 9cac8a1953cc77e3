// Help, generated from the keymap and the command list, so it can never disagree with what the keys do.
import { bindingsFor, keyLabel, type Scope } from './keymap';
import { commandLines } from '../hooks/commands';

const sections: { scope: Scope; title: string }[] = [
  { scope: 'browse', title: 'Browsing' },
  { scope: 'filter', title: 'While filtering (/)' },
  { scope: 'jobs', title: 'Jobs panel (Tab)' },
  { scope: 'dialog', title: 'Dialogs' },
  { scope: 'text', title: 'Text views (help, raw, preview)' },
];

export function helpLines(): string[] {
  const lines: string[] = [];
  for (const s of sections) {
    lines.push(s.title);
    for (const b of bindingsFor(s.scope)) {
      const mark = b.destructive ? ' (asks first; not in read-only)' : '';
      lines.push(`  ${b.keys.map(keyLabel).join(' / ').padEnd(22)}${b.description}${mark}`);
    }
    lines.push('');
  }
  lines.push('Commands (:)');
  for (const l of commandLines()) lines.push(`  ${l}`);
  lines.push('', 'Ctrl-C quits from anywhere.');
  return lines;
}
