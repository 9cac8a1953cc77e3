// XML text helpers shared by every service's hand-built responses (S3's REST XML, the Query protocol's).

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// XML 1.0 cannot carry C0 controls other than TAB/LF/CR at all, and a parser folds a raw CR (and CRLF) into
// LF. S3 emits such characters as numeric character references anyway (a strict parser rejects them,
// which is why careful clients ask for encoding-type=url). We do the same for every C0 control, DEL and
// the C1 range (where U+0085 is another line break to XML 1.1 parsers), and U+FFFE/U+FFFF.
const UNSAFE = /[&<>"'\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;

export function xmlText(value: string): string {
  return value.replace(UNSAFE, (ch) => ESCAPES[ch] ?? `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** `<name>text</name>`, or '' when value is undefined. */
export function el(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  return `<${name}>${typeof value === 'string' ? xmlText(value) : String(value)}</${name}>`;
}
