// Code lines folded to the view's width (by display cells: CJK and emoji take two), so a long AWS CLI
// command is read whole on screen rather than cut; the copy and the file keep the lines unfolded.
import stringWidth from 'string-width';
import { graphemes } from './graphemes';
import { sanitize } from '../data/sanitize';

export interface ShownLine {
  text: string;
  /** The rest of the line above (drawn with a mark, so it is not read as a line of its own). */
  cont: boolean;
}


export function foldLines(lines: string[], width: number): ShownLine[] {
  const w = Math.max(8, width);
  const out: ShownLine[] = [];
  for (const raw of lines) {
    const text = sanitize(raw);
    let piece = '';
    let cells = 0;
    let cont = false;
    // Continuations are indented by two cells for the mark.
    const room = () => (cont ? w - 2 : w);
    for (const segment of graphemes(text)) {
      const sw = stringWidth(segment);
      if (cells + sw > room() && piece) {
        out.push({ text: piece, cont });
        piece = '';
        cells = 0;
        cont = true;
      }
      piece += segment;
      cells += sw;
    }
    out.push({ text: piece, cont });
  }
  return out;
}
