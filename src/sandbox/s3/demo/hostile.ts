// <acct>-hostile: keys (and bodies) that attack a terminal or confuse a reader: raw control characters,
// CSI/OSC escape sequences, C1 controls, bidi overrides, zero-width and combining characters, plus
// CJK, emoji and a key of exactly 1,024 bytes (S3's limit). The UI must show all of them inert.

import { StoredVersion } from '../model.js';
import { MemoryBucketStore } from '../store.js';

const ESC = '\x1b';
const BEL = '\x07';

export const HOSTILE_KEYS: readonly string[] = [
  `esc-${ESC}[31mred${ESC}[0m.txt`,
  `clear-${ESC}[2J${ESC}[H.txt`,
  `title-${ESC}]0;pwned${BEL}.txt`,
  `link-${ESC}]8;;https://evil.example/${ESC}\\click-me${ESC}]8;;${ESC}\\.txt`,
  `bell-${BEL}${BEL}.txt`,
  `c1-csi-\x9b31m.txt`,
  `del-\x7f.txt`,
  `cr-\rOVERWRITTEN.txt`,
  `newline-\nsecond-line.txt`,
  `tab-\tseparated.txt`,
  `bidi-invoice-\u202Efdp.exe`,
  `bidi-isolate-\u2066abc\u2069.txt`,
  `zero\u200Bwidth\u200C\u200D\uFEFF.txt`,
  `combining-e\u0301\u0301\u0301\u0308\u0308.txt`,
  `cjk/日本語のファイル名.txt`,
  `cjk/中文目录/报告.csv`,
  `emoji-🙂🚀-👩‍👩‍👧.txt`,
  `nfc-caf\u00e9.txt`,
  `nfd-cafe\u0301.txt`,
  `spaces  in  key .txt`,
  `plus+and%20percent.txt`,
  `query?x=1&y=<2>"quoted'.txt`,
  `../../etc/passwd`,
  `/leading-slash`,
  `double//slash`,
  `folder/with/trailing/`,
  'long/' + 'x'.repeat(1019),
  'long-emoji/' + '🙂'.repeat(253) + 'x',
];

export function buildHostileStore(account: string): MemoryBucketStore {
  const t = Date.UTC(2024, 6, 4, 12);
  const objects = HOSTILE_KEYS.map(
    (key, i) =>
      new StoredVersion(
        { key, lastModified: new Date(t + i * 60_000), contentType: 'text/plain; charset=utf-8' },
        Buffer.from(`${ESC}[2J${ESC}[31mthis body tries to clear your screen${ESC}[0m ${ESC}]0;pwned${BEL}\n${account}\n`),
      ),
  );
  // User metadata travels in headers, so S3 MIME-encodes non-ASCII values (RFC 2047); decoding one must
  // not let its control characters through either.
  objects.push(
    new StoredVersion(
      {
        key: 'metadata-with-escapes.txt',
        lastModified: new Date(t),
        contentType: 'text/plain',
        metadata: { title: `=?UTF-8?B?${Buffer.from(`${ESC}]0;pwned${BEL}\u202Eevil`).toString('base64')}?=` },
      },
      Buffer.from('look at my metadata\n'),
    ),
  );
  return new MemoryBucketStore(undefined, objects);
}
