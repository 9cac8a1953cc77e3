// Wrapping text into terminal cells by display width: a CJK character or an emoji takes two cells, a
// combining mark none, so counting characters would draw `報告/2024/データ` lines twice as wide as the
// pane and Ink would cut or re-wrap them behind our back (and a count of lines shown would lie).
// The text is sanitised first: an ESC is drawn as `\e`, two cells, and is measured as drawn.
import stringWidth from 'string-width';
import { graphemes } from './graphemes';
import { sanitize } from '../data/sanitize';

// Display width as drawn is fit.ts's cells(): one measure for fitting and wrapping.
export { cells as widthOf } from './fit';


/**
 * The text cut into lines of at most `width` cells, at grapheme boundaries (an emoji with its
 * modifiers, a letter with its marks stay whole). A two-cell character that would straddle the edge
 * starts the next line. An empty text is one empty line, so a blank line of a record stays a line.
 */
export function wrapCells(raw: string, width: number): string[] {
  const text = sanitize(raw);
  const room = Math.max(1, width);
  if (stringWidth(text) <= room) return [text];
  const out: string[] = [];
  let line = '';
  let used = 0;
  for (const segment of graphemes(text)) {
    const w = stringWidth(segment);
    // A line always takes at least one grapheme, even a two-cell one in a one-cell width.
    if (used + w > room && line !== '') {
      out.push(line);
      line = '';
      used = 0;
    }
    line += segment;
    used += w;
  }
  out.push(line);
  return out;
}

/**
 * Prose (a caption, a note) wrapped at spaces into lines of at most `width` cells; a word wider than
 * the line is cut by cells (wrapCells).
 */
export function wrapWords(raw: string, width: number): string[] {
  const room = Math.max(1, width);
  const out: string[] = [];
  let line = '';
  for (const word of sanitize(raw).split(' ')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (stringWidth(joined) <= room) {
      line = joined;
      continue;
    }
    if (line !== '') out.push(line);
    const parts = wrapCells(word, room);
    line = parts.pop()!;
    out.push(...parts);
  }
  out.push(line);
  return out;
}
