// Every string that did not come from our own source passes through here before it reaches the
// terminal (src/ui/Safe.tsx does it for everything drawn; the log does it for every line). Ink writes
// text straight to the terminal and keeps OSC sequences (title, hyperlink) and C1 controls: an ESC,
// OSC, C1 control or a bidi override in an object key or an error message would otherwise move the
// cursor, retitle the window, forge links or reorder what the person reads. Each such character is
// shown as a visible escape instead; the raw value is kept for API calls.

// C0 controls, DEL, C1 controls; bidi embeddings/overrides/isolates and marks; zero-width characters,
// the soft hyphen and the BOM (they make two different keys look identical); line/paragraph
// separators; interlinear annotations; Unicode tag characters (invisible text); lone surrogates.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\u{e0000}-\u{e007f}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const NAMED: Record<string, string> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\u001b': '\\e',
};

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0)!;
  if (code > 0xffff) return `\\u{${code.toString(16)}}`;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every unsafe character shown as a visible escape. Sanitising twice changes nothing more. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** For the log file: each line sanitised, the line breaks kept (a stack trace stays readable). */
export function sanitizeLines(text: string): string {
  return text.split(/\r?\n/).map(sanitize).join('\n');
}
