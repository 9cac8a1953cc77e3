// Every string that came from AWS passes through here before it reaches <Text>. Ink writes text
// straight to the terminal: an ESC, OSC (title, hyperlink), C1 control or a bidi override in an object
// key would otherwise move the cursor, retitle the window, forge links or reorder what the person
// reads. Each such character is shown as a visible escape instead; the raw value is kept for API calls.

// C0 controls, DEL, C1 controls; bidi embeddings/overrides/isolates and marks; zero-width characters
// and the BOM (they make two different keys look identical); line/paragraph separators; lone surrogates.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

const NAMED: Record<string, string> = {
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
  '\u001b': '\\e',
};

function escapeChar(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

export function sanitize(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}
