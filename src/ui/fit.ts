// Fitting text into terminal cells: by display width (CJK and emoji take two cells, combining marks
// none), so table columns stay aligned whatever the keys contain. The text is sanitised first: an
// escape is drawn as several visible cells (`\e[2J`), and must be measured as drawn.
import stringWidth from 'string-width';
import { sanitize } from '../data/sanitize';

const ELLIPSIS = '…';

export function fit(raw: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const text = sanitize(raw);
  let w = stringWidth(text);
  let out = text;
  if (w > width) {
    out = truncate(text, width - 1) + ELLIPSIS;
    w = stringWidth(out);
  }
  const pad = ' '.repeat(Math.max(0, width - w));
  return align === 'right' ? pad + out : out + pad;
}

function truncate(text: string, width: number): string {
  let out = '';
  let w = 0;
  for (const { segment } of segmenter.segment(text)) {
    const sw = stringWidth(segment);
    if (w + sw > width) break;
    out += segment;
    w += sw;
  }
  return out + ' '.repeat(width - w);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
