// What test/unit/narrowText.test.ts bundles twice, with and without scripts/narrowText.mjs: every
// copy of string-width in the tree and every package whose segmenter it makes lazy, run over texts.
import { tokenize } from '@alcalzone/ansi-tokenize';
import cliTruncate from 'cli-truncate';
import sliceAnsi from 'slice-ansi';
import wrapAnsi from 'wrap-ansi';
import widthRoot from '../../node_modules/string-width/index.js';
import widthInk from '../../node_modules/ink/node_modules/string-width/index.js';
import widthCliTruncate from '../../node_modules/cli-truncate/node_modules/string-width/index.js';
import widthSliceAnsi from '../../node_modules/slice-ansi/node_modules/string-width/index.js';
import widthWidestLine from '../../node_modules/widest-line/node_modules/string-width/index.js';
import widthWrapAnsi from '../../node_modules/wrap-ansi/node_modules/string-width/index.js';

type Width = (text: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

/** The string-width copies this scenario measures with, by their folder in node_modules. */
export const copies: Record<string, Width> = {
  'string-width': widthRoot,
  'ink/node_modules/string-width': widthInk,
  'cli-truncate/node_modules/string-width': widthCliTruncate,
  'slice-ansi/node_modules/string-width': widthSliceAnsi,
  'widest-line/node_modules/string-width': widthWidestLine,
  'wrap-ansi/node_modules/string-width': widthWrapAnsi,
};

/** Everything each package makes of each text, as one string per text. */
export function results(texts: string[]): string[] {
  return texts.map((text) => JSON.stringify({
    widths: Object.values(copies).map((w) => [w(text), w(text, { ambiguousIsNarrow: false }), w(text, { countAnsiEscapeCodes: true })]),
    tokens: tokenize(text),
    slices: [sliceAnsi(text, 1, 6), sliceAnsi(text, 0, 3), sliceAnsi(text, 2)],
    truncated: [cliTruncate(text, 5), cliTruncate(text, 4, { position: 'middle' }), cliTruncate(text, 6, { position: 'start' })],
    wrapped: [wrapAnsi(text, 4, { hard: true }), wrapAnsi(text, 3, { hard: true, trim: false }), wrapAnsi(text, 7)],
  }));
}
