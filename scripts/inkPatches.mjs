// Ink's per-frame work, made to remember what it did last frame (bench figure 4, keypress → frame).
//
// Ink 8 draws every frame whole into a grid before it diffs lines: each <Text>'s string is tokenised
// into styled characters (ANSI parsing, a Unicode-property regex per character) and measured with
// string-width. Its caches for that live on the Output object, which is new every frame, so a cursor
// move re-tokenises all 45 lines of a 160×45 screen although two changed — half the time of a key
// (CPU profile of bench/profileKeypress.ts: getStyledChars + tokenize ≈ 5 of ~11 ms per key).
//
// Here the caches outlive the frame: two generations of each map, the older dropped when the newer
// fills, so what is on screen stays cached and a long scroll cannot grow them without bound (a frame
// needs a few hundred entries; each generation holds LIMIT). The cached values are never mutated by
// Ink (cells are replaced, not edited: blankCell copies), so sharing them between frames is safe.
// The grid's blank cells, one object per cell per frame (7,200 at 160×45), become one shared cell.
// A <Text>'s string split into styled lines is cached with its styled characters. And a grid row
// whose cells are the very cells of last frame's row at that height (same objects: the caches above
// hand out the same cells for the same text) is turned back into the same string, not re-serialised.
// test/component/inkPatches.test.tsx checks that the patched Ink writes byte for byte what Ink does.
import { readFileSync } from 'node:fs';

const LIMIT = 1000;

const keptMap = `
class AwsnavKeptMap {
  constructor(limit) { this.limit = limit; this.now = new Map(); this.before = new Map(); }
  get(key) {
    let value = this.now.get(key);
    if (value === undefined) {
      value = this.before.get(key);
      if (value !== undefined) this.set(key, value);
    }
    return value;
  }
  set(key, value) {
    if (this.now.size >= this.limit) { this.before = this.now; this.now = new Map(); }
    this.now.set(key, value);
    return this;
  }
}
var awsnavKeptCaches;
function awsnavLinesOf(caches, text, styledCharsToString) {
  let lines = caches.lines.get(text);
  if (lines === undefined) {
    const characterLines = [[]];
    for (const character of caches.getStyledChars(text)) {
      if (character.value === '\\n') characterLines.push([]);
      else characterLines.at(-1).push(character);
    }
    lines = characterLines.map((line) => styledCharsToString(line));
    caches.lines.set(text, lines);
  }
  return lines;
}
let awsnavLastRows = [];
function awsnavRowString(row, y, styledCharsToString) {
  const last = awsnavLastRows[y];
  if (last !== undefined && last.cells.length === row.length) {
    let same = true;
    for (let x = 0; x < row.length; x++) {
      if (last.cells[x] !== row[x]) { same = false; break; }
    }
    if (same) return last.text;
  }
  // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
  const text = styledCharsToString(row.filter((item) => item !== undefined)).trimEnd();
  awsnavLastRows[y] = { cells: row, text };
  return text;
}
const awsnavBlankCell = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
`;

/** [what Ink has, what it becomes]: each must be found exactly once, or the build says so. */
const edits = [
  [
    'class OutputCaches {\n    widths = new Map();\n    blockWidths = new Map();\n    styledChars = new Map();',
    `class OutputCaches {\n    widths = new AwsnavKeptMap(${LIMIT});\n    blockWidths = new AwsnavKeptMap(${LIMIT});\n    styledChars = new AwsnavKeptMap(${LIMIT});\n    lines = new AwsnavKeptMap(${LIMIT});`,
  ],
  [
    `        const characterLines = [[]];
        for (const character of this.caches.getStyledChars(text)) {
            if (character.value === '\\n') {
                characterLines.push([]);
            }
            else {
                characterLines.at(-1).push(character);
            }
        }
        let lines = characterLines.map(line => styledCharsToString(line));`,
    '        let lines = awsnavLinesOf(this.caches, text, styledCharsToString);',
  ],
  [
    `            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })`,
    '            .map((line, y) => awsnavRowString(line, y, styledCharsToString))',
  ],
  ['    caches = new OutputCaches();', '    caches = (awsnavKeptCaches ??= new OutputCaches());'],
  [
    `row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
    'row.push(awsnavBlankCell);',
  ],
];

export const inkOutputCaches = {
  name: 'ink-output-caches',
  setup(b) {
    b.onLoad({ filter: /node_modules\/ink\/build\/output\.js$/ }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      for (const [from, to] of edits) {
        if (contents.split(from).length !== 2) {
          console.warn(`build: Ink's output.js changed (no single "${from.split('\n')[0].trim()}"); its per-frame caches stay per frame`);
          return { contents: readFileSync(args.path, 'utf8'), loader: 'js' };
        }
        contents = contents.replace(from, to);
      }
      return { contents: keptMap + contents, loader: 'js' };
    });
  },
};
