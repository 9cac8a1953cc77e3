// The words of a whole-collection scan (indexScan.ts): its progress line, and what the view covers for
// the status line, which never says "all" for a part (DESIGN.md, Whole collections: a count, sort or
// filter tells the truth about the whole collection). Apart from the scan because these change with
// the wording, not with how pages are read; each state a scan can be in has its words here.
import { formatCount } from '../format';
import { keyOf } from '../../keys/keymap';

export type IndexState = 'idle' | 'reading' | 'paused' | 'stopped' | 'done' | 'failed';

/** What the words are made of (an IndexScan). */
export interface ScanFigures {
  readonly spec: { label: string; keep?: unknown; key?: unknown };
  readonly state: IndexState;
  /** Rows read so far, kept or not. */
  readonly read: number;
  /** Rows kept so far (a filter's matches). */
  readonly kept: number;
  /** Rows in the view now: for a sort, those of the latest sorted snapshot. */
  count(): number;
}

/** The progress line: how far the scan got, and what it is doing. */
export function progressText(scan: ScanFigures): string {
  const { label } = scan.spec;
  const read = formatCount(scan.read);
  const matches = scan.spec.keep ? ` · ${formatCount(scan.kept)} match` : '';
  switch (scan.state) {
    case 'idle':
    case 'reading':
      return `${label}: read ${read}…${matches}`;
    case 'paused':
      return `${label}: paused after ${read} read${matches}`;
    case 'done':
      return `${label}: all ${read} read${matches}`;
    case 'stopped':
      return `${label}: stopped after ${read} read${matches}; the rest never read`;
    case 'failed':
      return `${label}: a page failed after ${read} read${matches} (${keyOf('refresh')} starts again)`;
  }
}

/** What the view covers, for the status line: never "all" for a part. */
export function coversText(scan: ScanFigures): string {
  const read = formatCount(scan.read);
  const whole = scan.state === 'done';
  const parts: string[] = [];
  if (scan.spec.keep) parts.push(whole ? `${formatCount(scan.kept)} of all ${read} match` : `${formatCount(scan.kept)} match in the ${read} read`);
  if (scan.spec.key) {
    const sorted = scan.count();
    const n = formatCount(sorted);
    if (!whole) parts.push(sorted < scan.kept ? `sorted ${n} of ${formatCount(scan.kept)} read` : `sorted ${n} read`);
    else if (!scan.spec.keep) parts.push(`all ${read}`);
  }
  if (scan.state === 'stopped') parts.push('stopped: the rest never read');
  else if (scan.state === 'failed') parts.push(`a page failed: ${keyOf('refresh')} starts again`);
  else if (!whole) parts.push('reading…');
  return parts.join(' · ');
}
