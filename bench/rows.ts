// Driving the browser's listing from a measurement: how many rows the status line says are loaded,
// where the cursor is, and paging with G as a person holding End would. Kept apart from the
// measurement entries: an entry imported by another would land in a shared chunk of the bundle.
import { commandKeys } from '../src/ui/keymap';
import { formatCount } from '../src/data/format';
import type { Term } from './inkTerm';

export const loadedOf = (f: string) => Number(/([\d,]+) loaded/.exec(f)?.[1].replace(/,/g, '') ?? 0);
export const at = (cursor: number, count: number) => new RegExp(`(^|\\s)${formatCount(cursor + 1)}/${formatCount(count)}(\\s|$)`, 'm');

/** Presses G (last loaded row; the next page follows) until `rows` are loaded; returns the cursor. */
export async function loadRows(term: Term, rows: number): Promise<number> {
  await term.see((f) => loadedOf(f) >= 1000 && !f.includes('loading…'), 'the first page');
  while (loadedOf(term.frame()) < rows) {
    const want = loadedOf(term.frame()) + 1;
    const more = term.nextFrame((f) => loadedOf(f) >= want && !f.includes('loading…'), `more than ${want - 1} rows`);
    term.write(commandKeys('cursor.last', 'browse'));
    await more;
  }
  const loaded = loadedOf(term.frame());
  if (loaded !== rows) throw new Error(`loaded ${loaded} rows, wanted ${rows}`);
  const position = /([\d,]+)\/[\d,]+\s*$/m.exec(term.frame());
  if (!position) throw new Error(`no cursor position on screen:\n${term.frame()}`);
  return Number(position[1].replace(/,/g, '')) - 1;
}

