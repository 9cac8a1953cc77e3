// Fitting text into terminal cells: by display width (CJK and emoji take two cells, combining marks
// none), so table columns stay aligned whatever the keys contain. The text is sanitised first: an
// escape is drawn as several visible cells (`\e[2J`), and must be measured as drawn.
import stringWidth from 'string-width';
import { graphemes } from './graphemes';
import { sanitize } from '../data/sanitize';

const ELLIPSIS = '…';

/**
 * `cut: 'middle'` keeps both ends: of an S3 key the folder it starts in and the name and extension it
 * ends with are what tell two keys apart (`2024/10/08/…-69c23d.log`), not a run of the same prefix.
 */
export function fit(raw: string, width: number, align: 'left' | 'right' = 'left', cut: 'end' | 'middle' = 'end'): string {
  if (width <= 0) return '';
  const text = sanitize(raw);
  let w = stringWidth(text);
  let out = text;
  if (w > width) {
    out = cut === 'middle' && width >= 5 ? cutMiddle(text, width) : truncate(text, width - 1) + ELLIPSIS;
    w = stringWidth(out);
  }
  const pad = ' '.repeat(Math.max(0, width - w));
  return align === 'right' ? pad + out : out + pad;
}

/** Display width as drawn (sanitised). */
export function cells(raw: string): number {
  return stringWidth(sanitize(raw));
}

function cutMiddle(text: string, width: number): string {
  const segments = [...graphemes(text)];
  // The end carries more (name and extension): it gets the larger half.
  const tailWidth = Math.ceil((width - 1) / 2);
  let tail = '';
  let tw = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    const sw = stringWidth(segments[i]);
    if (tw + sw > tailWidth) break;
    tail = segments[i] + tail;
    tw += sw;
  }
  const head = truncate(text, width - 1 - tw).trimEnd();
  return head + ELLIPSIS + tail;
}

function truncate(text: string, width: number): string {
  let out = '';
  let w = 0;
  for (const segment of graphemes(text)) {
    const sw = stringWidth(segment);
    if (w + sw > width) break;
    out += segment;
    w += sw;
  }
  return out + ' '.repeat(width - w);
}

