// Turns the measurements into the table's rows: the figure, awsnav's side, the reference side, their
// ratio, the goal and whether it is met. A missed goal says what limits it; nothing here adjusts a
// figure towards its goal.
import { median, percentile, ratio } from './stats';

export interface Row {
  id: string;
  figure: string;
  awsnav: string;
  reference: string;
  ratio: string;
  goal: string;
  /** 'met' | 'missed' | 'not measured' */
  verdict: string;
  note?: string;
}

export const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`) : '—');
export const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
export const perSecond = (keys: number, msTaken: number) => `${Math.round(keys / (msTaken / 1000)).toLocaleString('en-US')} keys/s`;

/** "met" when `value` is within the goal (`atMost` a ratio, or `atLeast` one). */
export function verdict(value: number, goal: { atMost?: number; atLeast?: number }): string {
  if (!Number.isFinite(value)) return 'not measured';
  if (goal.atMost !== undefined) return value <= goal.atMost ? 'met' : 'missed';
  return value >= (goal.atLeast ?? -Infinity) ? 'met' : 'missed';
}

export { median, percentile, ratio };

export const LEGEND =
  'ratio: awsnav ÷ reference — for times and memory, lower is better; for keys/s (scan), awsnav\'s rate ÷ the reference\'s, higher is better.';

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - [...s].length));
}

/** A plain-text table for the terminal. */
export function textTable(rows: Row[]): string {
  const cols: (keyof Row)[] = ['figure', 'awsnav', 'reference', 'ratio', 'goal', 'verdict'];
  const head: Record<string, string> = { figure: 'figure', awsnav: 'awsnav', reference: 'reference', ratio: 'ratio', goal: 'goal', verdict: '' };
  const widths = cols.map((c) => Math.max(head[c].length, ...rows.map((r) => [...String(r[c] ?? '')].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const out = [line(cols.map((c) => head[c])), line(widths.map((w) => '─'.repeat(w)))];
  for (const r of rows) {
    out.push(line(cols.map((c) => String(r[c] ?? ''))));
    if (r.note) out.push(`    ${r.note}`);
  }
  out.push('', LEGEND);
  return out.join('\n');
}

/** The same table in Markdown, for the README. */
export function markdownTable(rows: Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const out = ['| figure | awsnav | reference | ratio | goal | |', '|---|---|---|---|---|---|'];
  for (const r of rows) out.push(`| ${[r.figure, r.awsnav, r.reference, r.ratio, r.goal, r.verdict].map(esc).join(' | ')} |`);
  out.push('', LEGEND);
  const notes = rows.filter((r) => r.note);
  if (notes.length) out.push('', ...notes.map((r) => `- **${r.figure}**: ${r.note}`));
  return out.join('\n');
}
