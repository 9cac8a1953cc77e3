// Strings and values written as source code in each language, so a key with spaces, quotes, `$`,
// backslashes or unicode is still that key when the code runs. Characters a terminal would act on or
// hide (controls, bidi overrides, noncharacters) are written as escapes: the code on screen shows
// them, and the copied code still means the same bytes.

const UNSEEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\p{Cn}\p{Co}]|[\ud800-\udfff]/u;

const isUnseen = (ch: string) => UNSEEN.test(ch);
const hex = (n: number, w: number) => n.toString(16).padStart(w, '0');

/** Text for a comment or a caption: every character a terminal or a parser would act on, as \u escapes. */
export function escapeUnseen(s: string): string {
  let out = '';
  for (const ch of s) out += isUnseen(ch) ? `\\u{${ch.codePointAt(0)!.toString(16)}}` : ch;
  return out;
}

/** A bash word: bare when harmless, '…' otherwise, $'…' when it holds characters best escaped. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  if (![...s].some(isUnseen)) return `'${s.replace(/'/g, `'\\''`)}'`;
  let out = '';
  for (const ch of s) {
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (!isUnseen(ch)) out += ch;
    // The UTF-8 bytes, each as \xHH: bash's \u depends on the locale the script runs in, bytes do not.
    else out += [...Buffer.from(ch, 'utf8')].map((b) => `\\x${hex(b, 2)}`).join('');
  }
  return `$'${out}'`;
}

/** A Python 3 str literal. */
export function pyStr(s: string): string {
  return quoted(s, (cp) => (cp <= 0xffff ? `\\u${hex(cp, 4)}` : `\\U${hex(cp, 8)}`));
}

/** A JavaScript string literal. */
export function jsStr(s: string): string {
  return quoted(s, (cp) => `\\u{${cp.toString(16)}}`);
}

/**
 * A single-quoted literal in Python's or JavaScript's escapes, which agree on everything but a character
 * above U+00FF (`wide`): quotes and backslashes escaped, unseen characters spelled out, the rest as is.
 */
function quoted(s: string, wide: (cp: number) => string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\' || ch === "'") out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (!isUnseen(ch)) out += ch;
    else out += cp <= 0xff ? `\\x${hex(cp, 2)}` : wide(cp);
  }
  return `'${out}'`;
}

/** A value (strings, numbers, booleans, arrays, plain objects) as a Python literal. */
export function pyValue(v: unknown): string {
  if (typeof v === 'string') return pyStr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v === null || v === undefined) return 'None';
  if (Array.isArray(v)) return `[${v.map(pyValue).join(', ')}]`;
  return `{${Object.entries(v as object).map(([k, x]) => `${pyStr(k)}: ${pyValue(x)}`).join(', ')}}`;
}

/** A value as a JavaScript literal (identifier keys bare). */
export function jsValue(v: unknown): string {
  if (typeof v === 'string') return jsStr(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(jsValue).join(', ')}]`;
  const entries = Object.entries(v as object).filter(([, x]) => x !== undefined);
  if (!entries.length) return '{}';
  return `{ ${entries.map(([k, x]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsStr(k)}: ${jsValue(x)}`).join(', ')} }`;
}

/** Python keyword arguments: Bucket='b', Prefix='p'. */
export const pyKwargs = (fields: [string, unknown][]): string => fields.map(([k, v]) => `${k}=${pyValue(v)}`).join(', ');
