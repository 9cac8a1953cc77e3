// Ink's per-frame work, made to remember what it did last frame (bench figure 4, keypress → frame).
//
// Ink 8 draws every frame whole into a grid before it diffs lines: each <Text>'s string is tokenised
// into styled characters (ANSI parsing, a Unicode-property regex per character) and measured with
// string-width. Its caches for that live on the Output object, which is new every frame, so a cursor
// move re-tokenises all 45 lines of a 160×45 screen although two changed — half the time of a key
// (CPU profile of a bench/keyCost.ts run: getStyledChars + tokenize ≈ 5 of ~11 ms per key).
//
// Here the caches outlive the frame: two generations of each map, the older dropped when the newer
// fills, so what is on screen stays cached and a long scroll cannot grow them without bound (a frame
// needs a few hundred entries; each generation holds LIMIT). The cached values are never mutated by
// Ink (cells are replaced, not edited: blankCell copies), so sharing them between frames is safe.
// The grid's blank cells, one object per cell per frame (7,200 at 160×45), become one shared cell.
// A <Text>'s string split into styled lines is cached with its styled characters. And a grid row
// whose cells are the very cells of last frame's row at that height (same objects: the caches above
// hand out the same cells for the same text) is turned back into the same string, not re-serialised.
// Outside output.js: a <Text>'s squashed string is kept on its node, and its width by its string.
// test/component/inkPatches.test.ts checks that the patched Ink writes byte for byte what Ink does.
import { readFileSync } from 'node:fs';
import { narrowClassFrom } from './narrowText.mjs';

const LIMIT = 1000;

// Two generations of a map, the older dropped when the newer fills (output.js and
// render-node-to-output.js each get their own copy: a bundle's modules share no names).
const keptMapClass = `
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
`;

const keptMap = `${keptMapClass}
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
// The writes that reached each row last frame, [write, clip, write, clip, …] in order, and the width.
let awsnavLastWrites = [];
let awsnavLastWidth = -1;
function awsnavSameClip(a, b) {
  return a === b || (a !== undefined && b !== undefined && a.x1 === b.x1 && a.x2 === b.x2 && a.y1 === b.y1 && a.y2 === b.y2);
}
function awsnavSameWrites(now, before) {
  if (before === undefined || now.length !== before.length) return false;
  for (let i = 0; i < now.length; i += 2) {
    const a = now[i];
    const b = before[i];
    if (a.x !== b.x || a.y !== b.y || a.text !== b.text || a.transformers.length !== b.transformers.length) return false;
    for (let t = 0; t < a.transformers.length; t++) if (a.transformers[t] !== b.transformers[t]) return false;
    if (!awsnavSameClip(now[i + 1], before[i + 1])) return false;
  }
  return true;
}
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
  ['    caches = new OutputCaches();', '    caches = (awsnavKeptCaches ??= new OutputCaches());'],
  [
    '    get() {\n',
    // get() is awsnav's (Ink's own is kept, unused, under another name). A row is a pure function of
    // the grid's width and the writes that reach it, in order (where, what, its transformers, its
    // clip): a row whose writes are last frame's is last frame's string,
    // and its cells are never built (output[y] undefined: applyWriteOperation skips a missing row).
    // A write reaches the rows its lines fall on at whole rows, as applyWriteOperation indexes them.
    `    get() {
        const clips = [];
        const writes = [];
        const reach = Array.from({ length: this.height }, () => []);
        for (const operation of this.operations) {
            if (operation.type === 'clip') {
                clips.push(intersectClips(clips.at(-1), operation.clip));
            }
            else if (operation.type === 'unclip') {
                clips.pop();
            }
            else {
                const clip = clips.at(-1);
                writes.push(operation, clip);
                const lines = awsnavLinesOf(this.caches, operation.text, styledCharsToString).length;
                for (let index = 0; index < lines; index++) {
                    const y = operation.y + index;
                    if (Number.isInteger(y) && y >= 0 && y < this.height) reach[y].push(operation, clip);
                }
            }
        }
        const sameWidth = awsnavLastWidth === this.width;
        const output = [];
        for (let y = 0; y < this.height; y++) {
            if (sameWidth && awsnavLastRows[y] !== undefined && awsnavSameWrites(reach[y], awsnavLastWrites[y])) {
                output.push(undefined);
                continue;
            }
            const row = [];
            for (let x = 0; x < this.width; x++) row.push(awsnavBlankCell);
            output.push(row);
        }
        for (let i = 0; i < writes.length; i += 2) this.applyWriteOperation(output, writes[i], writes[i + 1]);
        awsnavLastWrites = reach;
        awsnavLastWidth = this.width;
        const generatedOutput = output
            .map((line, y) => (line === undefined ? awsnavLastRows[y].text : awsnavRowString(line, y, styledCharsToString)))
            .join('\\n');
        return {
            output: generatedOutput,
            height: output.length,
        };
    }
    // Ink's own, unused: kept whole so that the edit is one line of it.
    awsnavPublishedGet() {
`,
  ],
];

// A <Text>'s squashed string (squash-text-nodes.js): Ink joins, transforms (chalk) and sanitises every
// <Text> of the tree every frame, though a cursor move re-renders two rows of 44. The string is a pure
// function of the node's children — each child's own string or squashed string, its transform (a new
// function whenever its <Text> renders) and whether it is hidden — so it is kept on the node with
// what it was made of, and made again only when one of those is not the very same.
const squashMemo = `
const squashTextNodes = (node) => {
    const children = node.childNodes;
    const memo = node.awsnavSquash;
    let same = memo !== undefined && memo.children.length === children.length;
    const parts = new Array(children.length * 2);
    for (let i = 0; i < children.length; i++) {
        const child = children[i];
        const part = child.nodeName === '#text' ? child.nodeValue
            : child.isHidden ? null
            : child.nodeName === 'ink-text' || child.nodeName === 'ink-virtual-text' ? squashTextNodes(child)
            : '';
        parts[2 * i] = part;
        parts[2 * i + 1] = child.internal_transform;
        if (same && (memo.children[i] !== child || memo.parts[2 * i] !== part || memo.parts[2 * i + 1] !== child.internal_transform)) same = false;
    }
    if (same) return memo.text;
    const text = awsnavSquashFresh(node);
    node.awsnavSquash = { children: [...children], parts, text };
    return text;
};
`;

// The widest line of a <Text>'s string, measured every frame for every <Text> (string-width per
// line): a pure function of the string, kept like the tokenising caches.
const widestMemo = `
const awsnavWrapText = (node, text, maxWidth, textWrap) => {
    const memo = node.awsnavWrap;
    if (memo !== undefined && memo.text === text && memo.maxWidth === maxWidth && memo.textWrap === textWrap) return memo.wrapped;
    const wrapped = wrapText(text, maxWidth, textWrap);
    node.awsnavWrap = { text, maxWidth, textWrap, wrapped };
    return wrapped;
};
const awsnavWidths = new AwsnavKeptMap(${LIMIT});
const awsnavWidestLine = (text) => {
    let width = awsnavWidths.get(text);
    if (width === undefined) awsnavWidths.set(text, (width = widestLine(text)));
    return width;
};
`;

// A changed line (line-update.js): Ink writes only what follows the part both lines share, and finds
// that part grapheme by grapheme (Intl.Segmenter) and measures what is left with string-width — unless
// both lines are printable ASCII, when each character is one cell. A table row beside the detail pane
// is not (the pane's border │, the cursor ▸, the mark ●, …), so every changed line took the slow way,
// ~0.1 ms each. Here the fast way also takes the one-cell characters of narrowText.mjs (those that
// string-width, Ink's own copy, measures as one cell alone and between letters, and that
// Intl.Segmenter keeps as a grapheme of their own): a line made only of those is one cell a character,
// as for ASCII; any other character still takes the slow way. Its segmenter is made when that way is
// first taken: the first Intl.Segmenter of a process costs ~15 ms of ICU set-up (narrowText.mjs).
const lineUpdateEdits = (narrow) => [
  [
    "const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });",
    "let awsnavSegmenter;\nconst segmenter = { segment: (text) => (awsnavSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(text) };",
  ],
  ['const printableAscii = /^[ -~]*$/u;', `const printableAscii = /^[ -~${narrow}]*$/u;`],
  [
    '        textLength = textLimit;\n        column = textLimit;\n',
    '        textLength = textLimit;\n        column = textLimit;\n        awsnavNarrow = true;\n',
  ],
  ['    let textLength = 0;\n', '    let textLength = 0;\n    let awsnavNarrow = false;\n'],
  [
    '        column + stringWidth(previousText.slice(textLength)) > columns ||\n        column + stringWidth(nextText.slice(textLength)) > columns) {',
    '        column + (awsnavNarrow ? previousText.length - textLength : stringWidth(previousText.slice(textLength))) > columns ||\n        column + (awsnavNarrow ? nextText.length - textLength : stringWidth(nextText.slice(textLength))) > columns) {',
  ],
];

// Ink's render throttle (ink.js, es-toolkit's throttle) draws a change at once only if the timer of its
// last window has fired. When the event loop is still busy at that timer's due time — the page of an
// opened prefix arriving and being parsed just after the loading frame — the change that follows waits
// a whole window more (9 ms at 120 fps), though the last frame was longer ago than that: in ~40% of
// bench figure 2's opens the first row was drawn 9 ms after its commit. Here the time since the last
// frame decides: a change a full window after it is drawn at once; one within it, at the window's end
// with whatever else came, as Ink's does. flush and cancel as Ink's unmount and render-flush use them.
const renderThrottle = `
function awsnavThrottle(func, wait) {
  let last = -Infinity;
  let timer;
  const run = () => {
    timer = undefined;
    last = performance.now();
    func();
  };
  const throttled = () => {
    if (timer !== undefined) return;
    const since = performance.now() - last;
    if (since >= wait) run();
    else timer = setTimeout(run, wait - since);
  };
  throttled.flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      run();
    }
  };
  throttled.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
`;

/** Each patched file of Ink's build: what goes before it, and its [what Ink has, what it becomes] edits. */
const files = [
  { file: 'output.js', prelude: keptMap, edits },
  {
    file: 'squash-text-nodes.js',
    prelude: '',
    edits: [
      ['const squashTextNodes = (node) => {', 'const awsnavSquashFresh = (node) => {'],
      ['export default squashTextNodes;', `${squashMemo}export default squashTextNodes;`],
    ],
  },
  {
    file: 'render-node-to-output.js',
    prelude: keptMapClass + widestMemo,
    edits: [
      ['        const currentWidth = widestLine(text);', '        const currentWidth = awsnavWidestLine(text);'],
      // wrapText keeps its results in an LRU keyed by width, mode and text: a key made anew (and hashed)
      // for every <Text> too wide for its box, every frame. The node keeps its last one instead.
      ['                text = wrapText(text, maxWidth, textWrap);', '                text = awsnavWrapText(node, text, maxWidth, textWrap);'],
    ],
  },
  {
    file: 'ink.js',
    prelude: renderThrottle,
    edits: [[
      '            const throttled = throttle(this.onRender, renderThrottleMs, {\n                leading: true,\n                trailing: true,\n            });',
      '            const throttled = awsnavThrottle(this.onRender, renderThrottleMs);',
    ]],
  },
  { file: 'line-update.js', prelude: '', edits: async (path) => lineUpdateEdits(await narrowClassFrom(path)) },
  // After every commit Ink walks the whole tree for a <Static> (reconciler.js, findStaticNode); until
  // a node has been made static there is none to find, and awsnav makes none.
  {
    file: 'reconciler.js',
    prelude: '',
    edits: [
      ['const findStaticNode = (node) => {', 'let awsnavStaticSeen = false;\nconst findStaticNode = (node) => {'],
      ["            if (key === 'internal_static') {\n                node.internal_static = true;", "            if (key === 'internal_static') {\n                node.internal_static = true;\n                awsnavStaticSeen = true;"],
      ["                if (key === 'internal_static') {\n                    node.internal_static = true;", "                if (key === 'internal_static') {\n                    node.internal_static = true;\n                    awsnavStaticSeen = true;"],
      ['        const staticNode = findStaticNode(rootNode);', '        const staticNode = awsnavStaticSeen ? findStaticNode(rootNode) : undefined;'],
    ],
  },
];

// Forward or back slashes: the path is the platform's own.
const inkBuild = /node_modules[\\/]ink[\\/]build[\\/]([a-z-]+\.js)$/;

export const inkFrameCaches = {
  name: 'ink-frame-caches',
  setup(b) {
    b.onLoad({ filter: inkBuild }, async (args) => {
      const patch = files.find((f) => f.file === inkBuild.exec(args.path)?.[1]);
      if (!patch) return undefined;
      const published = readFileSync(args.path, 'utf8');
      let contents = published;
      const edits = typeof patch.edits === 'function' ? await patch.edits(args.path) : patch.edits;
      for (const [from, to] of edits) {
        if (contents.split(from).length !== 2) {
          // esbuild prints it with the build's other warnings; the file ships as published.
          const text = `Ink's ${patch.file} changed (no single "${from.split('\n')[0].trim()}"): its per-frame work is not kept across frames`;
          return { contents: published, loader: 'js', warnings: [{ text }] };
        }
        contents = contents.replace(from, to);
      }
      return { contents: patch.prelude + contents, loader: 'js' };
    });
  },
};
