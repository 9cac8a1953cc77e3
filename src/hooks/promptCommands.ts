// What the `:` line knows as it is typed: Tab completes the command, then its argument (profiles,
// regions, the folders in view, instance states); ↑/↓ walk the lines typed this session; an unknown
// command is answered with the nearest one. Pure, apart from the session's history list.
import type { LineCommand } from './commands';

export interface CompletionSources {
  profiles?: string[];
  regions?: string[];
  /** The folders of the listing in view, as full prefixes. */
  prefixes?: string[];
}

const STATES = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'];

function argumentsFor(command: string, sources: CompletionSources): string[] {
  switch (command) {
    case 'profile':
      return sources.profiles ?? [];
    case 'region':
      return sources.regions ?? [];
    case 'prefix':
    case 'jump':
      return sources.prefixes ?? [];
    case 'state':
      return STATES;
    default:
      return [];
  }
}

const namesOf = (commands: LineCommand[]) => commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);

function commonPrefix(words: string[]): string {
  if (!words.length) return '';
  let p = words[0];
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Tab: the line with its last word completed as far as it is certain, and the choices left. */
export function completeLine(line: string, commands: LineCommand[], sources: CompletionSources): { line: string; options: string[] } {
  const m = /^(\s*)(\S*)(?:(\s+)(.*))?$/.exec(line)!;
  const [, lead, name, space, rest] = m;
  if (space === undefined) {
    const options = [...new Set(namesOf(commands).filter((n) => n.startsWith(name)))].sort();
    if (options.length === 1) return { line: `${lead}${options[0]} `, options };
    return { line: `${lead}${commonPrefix(options) || name}`, options };
  }
  const cmd = commands.find((c) => c.name === name || c.aliases?.includes(name));
  // `:state running,sto` completes the word after the last comma.
  const [, before, word] = /^(.*?)([^\s,]*)$/.exec(rest ?? '')!;
  const options = [...new Set(argumentsFor(cmd?.name ?? '', sources).filter((a) => a.startsWith(word)))].sort();
  const done = options.length === 1 && !options[0].endsWith('/');
  const completed = options.length === 1 ? options[0] + (done ? ' ' : '') : commonPrefix(options) || word;
  return { line: `${lead}${name}${space}${before}${completed}`, options };
}

/** The nearest command name to a mistyped one (edit distance ≤ 2, or a prefix), for "did you mean". */
export function nearestCommand(name: string, commands: LineCommand[]): string | undefined {
  let best: { n: string; d: number } | undefined;
  for (const n of namesOf(commands)) {
    const d = n.startsWith(name) ? 0.5 : distance(name, n);
    if (d <= 2 && (!best || d < best.d)) best = { n, d };
  }
  return best?.n;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length];
}

/** The lines run this session, oldest first; the same line twice in a row is kept once. */
export class CommandHistory {
  private readonly lines: string[] = [];
  add(line: string): void {
    const l = line.trim();
    if (l && this.lines.at(-1) !== l) this.lines.push(l);
  }
  /** `back` steps from the newest (1) to the oldest; 0 is the line being typed. */
  at(back: number): string | undefined {
    return back <= 0 ? undefined : this.lines[this.lines.length - back];
  }
  get size(): number {
    return this.lines.length;
  }
}

/** One history for the whole session: the `:` line reopened on another screen still has it. */
export const sessionHistory = new CommandHistory();
