// Completing a local path as a shell does on Tab: the one entry that starts with what was typed (a
// folder gets its '/'), or the longest start several share, with their names to show. Hidden entries
// only when a '.' was typed. '~' is the home folder; a relative path is relative to `cwd`.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { personHome } from './home';
import { resolve } from 'node:path';

export interface Completion {
  /** The text with as much completed as is certain. */
  value: string;
  /** The entries still possible when more than one is (folders end in '/'), at most `limit`. */
  candidates: string[];
}

function commonStart(names: string[]): string {
  let s = names[0] ?? '';
  for (const n of names) while (!n.startsWith(s)) s = s.slice(0, -1);
  return s;
}

export async function completePath(text: string, cwd = process.cwd(), limit = 20): Promise<Completion> {
  const slash = text.lastIndexOf('/');
  const dirText = slash < 0 ? '' : text.slice(0, slash + 1);
  const base = slash < 0 ? text : text.slice(slash + 1);
  const expanded = dirText === '~/' || dirText.startsWith('~/') ? personHome() + dirText.slice(1) : dirText;
  if (text === '~') return { value: '~/', candidates: [] };
  const dir = resolve(cwd, expanded || '.');
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.name.startsWith(base) && (base.startsWith('.') || !e.name.startsWith('.')))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort();
  if (names.length === 0) return { value: text, candidates: [] };
  if (names.length === 1) return { value: dirText + names[0], candidates: [] };
  return { value: dirText + commonStart(names), candidates: names.slice(0, limit) };
}
