// Text of one cell a character, measured and cut without ICU (bench figure 1, start-up).
//
// Ink and its helpers measure text with string-width (six copies in the bundle) and cut it into
// graphemes with Intl.Segmenter (ansi-tokenize, slice-ansi, cli-truncate, wrap-ansi, line-update). The first
// Intl.Segmenter of a process costs 14–22 ms of ICU set-up, and string-width's first \p{RGI_Emoji}
// test 35–60 ms more (a regex of every emoji sequence, compiled at first use and never cached):
// both fell on the first frame, though the profile list is ASCII and box drawing. string-width
// counts printable ASCII by its length; here so does every text made only of ASCII and the
// characters that the very copy of string-width measures as one cell, alone and between letters,
// and that Intl.Segmenter keeps as a grapheme of their own (│ ▸ ● … — awsnav's frames are made of
// them). And a segmenter is made at its first segment() of other text: a string of those
// characters (and ASCII controls but CR) is one grapheme a code unit, cut without ICU. Any other
// character (a CJK name, an emoji, a combining mark, a variation selector) takes the published way.
// test/unit/narrowText.test.ts holds each patched copy to the published one over a corpus.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// Where the one-cell characters are looked for: Latin-1, punctuation, arrows, box drawing, shapes.
const NARROW_CANDIDATES = [[0xa1, 0xff], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x21ff], [0x2500, 0x25ff]];

/**
 * The characters (as the inside of a regex class) that this copy of string-width measures as one cell
 * alone and between letters, and that Intl.Segmenter keeps as a grapheme of their own there. A text
 * made of them and ASCII is one cell and one grapheme a character.
 */
export async function narrowClass(stringWidthPath) {
  const { default: stringWidth } = await import(pathToFileURL(stringWidthPath).href);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const hex = (c) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (const [from, to] of NARROW_CANDIDATES) {
    let start;
    for (let c = from; c <= to + 1; c++) {
      const ch = String.fromCodePoint(c);
      const narrow = c <= to && !/[\p{Control}\p{Mark}\p{Default_Ignorable_Code_Point}\p{Emoji_Presentation}]/u.test(ch) &&
        stringWidth(ch) === 1 && stringWidth(`a${ch}b`) === 3 && [...segmenter.segment(`a${ch}b`)].length === 3;
      if (narrow && start === undefined) start = c;
      if (!narrow && start !== undefined) {
        ranges += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
        start = undefined;
      }
    }
  }
  return ranges;
}

/**
 * The narrow class of the string-width that `fromPath` (a file of a package) would import, or of
 * awsnav's own where that package has none of its own to find (ansi-tokenize only cuts graphemes:
 * for it the class need only hold characters that are a grapheme of their own, as every class does).
 */
export function narrowClassFrom(fromPath) {
  let path;
  try {
    path = createRequire(fromPath).resolve('string-width');
  } catch {
    path = createRequire(import.meta.url).resolve('string-width');
  }
  return narrowClass(path);
}

// Negated classes without a quantifier: `^[…]*$` overflows V8's backtrack stack on strings of millions
// of characters (string-width 9 says so of its own fast path; line-update's test keeps Ink's own
// `^[ -~]*$` form, on lines a terminal wide).
const prelude = (narrow) => `
const awsnavNotNarrow = /[^\\u0020-\\u007e${narrow}]/u;
const awsnavNotOneGrapheme = /[^\\u0000-\\u000c\\u000e-\\u007f${narrow}]/u;
function awsnavCodeUnits(text) {
  return {
    *[Symbol.iterator]() {
      for (let index = 0; index < text.length; index++) yield { segment: text[index], index, input: text };
    },
    containing(at = 0) {
      const index = Math.trunc(Number(at)) || 0;
      return index >= 0 && index < text.length ? { segment: text[index], index, input: text } : undefined;
    },
  };
}
function awsnavLazyRegex(source, flags) {
  let regex;
  return {
    test: (text) => (regex ??= new RegExp(source, flags)).test(text),
    exec: (text) => (regex ??= new RegExp(source, flags)).exec(text),
  };
}
function awsnavLazySegmenter() {
  let segmenter;
  return {
    segment(text) {
      const string = String(text);
      if (!awsnavNotOneGrapheme.test(string)) return awsnavCodeUnits(string);
      return (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(string);
    },
  };
}
`;

// A grapheme segmenter as these packages make one (the default granularity is grapheme).
const graphemeSegmenter = /new Intl\.Segmenter\((?:undefined,\s*\{\s*granularity:\s*["']grapheme["']\s*\})?\)/g;

// string-width's regexes of emoji sequences: with the compile cache warm, V8 builds such a literal's
// set of every emoji sequence as the module loads (~16 ms for the first; 3 ms without the cache), and
// with the fast way above the first frame never tests one. Each is made at its first use instead,
// where it is only tested and executed (else it is left a literal).
const emojiRegexDeclaration = /^const (\w+) = \/([^`\n]*\\p\{RGI_Emoji\}[^`\n]*)\/v;$/gm;

function lazyEmojiRegexes(source) {
  return source.replace(emojiRegexDeclaration, (declaration, name, pattern) => {
    const uses = source.split(name).length - 2; // besides the declaration
    const calls = source.split(`${name}.test(`).length + source.split(`${name}.exec(`).length - 2;
    return uses === calls ? `const ${name} = awsnavLazyRegex(String.raw\`${pattern}\`, 'v');` : declaration;
  });
}

/** Each patched file: its path's end, and the [what it has, what it becomes] edits besides the segmenters. */
const files = [
  {
    // string-width 8
    path: /[\\/]string-width[\\/]index\.js$/,
    version: /^8\./,
    edits: [[
      'if (/^[\\u0020-\\u007E]*$/.test(string)) {',
      'if (/^[\\u0020-\\u007E]*$/.test(string) || (ambiguousIsNarrow && !awsnavNotNarrow.test(string))) {',
    ]],
  },
  {
    // string-width 9
    path: /[\\/]string-width[\\/]index\.js$/,
    version: /^9\./,
    edits: [[
      'return nonAsciiOrControlRegex.test(string) ? unicodeWidth(string, ambiguousIsNarrow) : string.length;',
      'return nonAsciiOrControlRegex.test(string) && !(ambiguousIsNarrow && !awsnavNotNarrow.test(string)) ? unicodeWidth(string, ambiguousIsNarrow) : string.length;',
    ]],
  },
  { path: /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/, edits: [] },
  { path: /[\\/]slice-ansi[\\/]tokenize-ansi\.js$/, edits: [] },
  { path: /[\\/]cli-truncate[\\/]index\.js$/, edits: [] },
  { path: /[\\/]wrap-ansi[\\/]index\.js$/, edits: [] },
];

const versionOf = (path) => JSON.parse(readFileSync(new URL('package.json', pathToFileURL(path)), 'utf8')).version;

/** The file as it goes into the bundle, or a warning and the file as published. */
export async function narrowTextSource(path, published) {
  const patch = files.find((f) => f.path.test(path) && (!f.version || f.version.test(versionOf(path))));
  if (!patch) return { contents: published, warning: `${path}: no patch for this version; its text is measured with ICU at start-up` };
  let contents = published.replace(graphemeSegmenter, 'awsnavLazySegmenter()');
  if (patch.version) contents = lazyEmojiRegexes(contents);
  let unchanged = contents === published;
  for (const [from, to] of patch.edits) {
    if (contents.split(from).length !== 2) unchanged = true;
    contents = contents.replace(from, to);
  }
  if (unchanged) return { contents: published, warning: `${path} changed: its text is measured with ICU at start-up` };
  // string-width measures with itself; the others only cut graphemes (their widths come from a
  // string-width, or a table of their own, per grapheme) and take the class of the string-width
  // they would import.
  const narrow = patch.version ? await narrowClass(path) : await narrowClassFrom(path);
  return { contents: prelude(narrow) + contents };
}

export const narrowText = {
  name: 'narrow-text',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/].*(?:string-width[\\/]index|ansi-tokenize[\\/]build[\\/]tokenize|slice-ansi[\\/]tokenize-ansi|cli-truncate[\\/]index|wrap-ansi[\\/]index)\.js$/ }, async (args) => {
      const { contents, warning } = await narrowTextSource(args.path, readFileSync(args.path, 'utf8'));
      return { contents, loader: 'js', warnings: warning ? [{ text: warning }] : [] };
    });
  },
};
