// The start of an object, for reading in the text view: one ranged GET of the first bytes, so a 5 GiB
// log previews as fast as a 5 KiB one. Binary content is detected and described, never dumped to the
// terminal.
import type { S3Client } from '@aws-sdk/client-s3';
import { formatBytes } from '../format';
import { sanitize } from '../sanitize';
import type { DownloadTarget } from './download';

export const PREVIEW_BYTES = 64 * 1024;

export interface Preview {
  lines: string[];
  note: string;
  binary: boolean;
}

const SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ZIP archive (or docx/xlsx/jar)', [0x50, 0x4b, 0x03, 0x04]],
  ['Parquet file', [0x50, 0x41, 0x52, 0x31]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/** Text if it decodes as UTF-8 and has no NUL and few control characters (tabs and newlines are fine). */
export function looksBinary(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  if (bytes.includes(0)) return true;
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  if (controls / bytes.length > 0.02) return true;
  // A cut in the middle of a multi-byte character at the end of the range is not binary.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = (text.match(/\ufffd/g) ?? []).length;
  return bad > 4 && bad / text.length > 0.01;
}

export function describeBinary(bytes: Buffer, contentType: string | undefined, size: number | undefined): string[] {
  const kind = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b))?.[0];
  const hex = [...bytes.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  let dims = '';
  if (kind === 'PNG image' && bytes.length >= 24) dims = `, ${bytes.readUInt32BE(16)} × ${bytes.readUInt32BE(20)} pixels`;
  return [
    'This object is binary: it is described here, not shown.',
    '',
    `Looks like:    ${kind ? kind + dims : 'unknown binary data'}`,
    `Content type:  ${sanitize(contentType ?? '(none)')}`,
    `Size:          ${size === undefined ? '?' : `${formatBytes(size)} (${size} bytes)`}`,
    `First bytes:   ${hex}`,
    '',
    'Download it (d) to open it with a program that understands it.',
  ];
}

export async function previewObject(client: S3Client, target: DownloadTarget, signal: AbortSignal, maxBytes = PREVIEW_BYTES): Promise<Preview> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const out = await client.send(
    new GetObjectCommand({ Bucket: target.bucket, Key: target.key, VersionId: target.versionId, Range: `bytes=0-${maxBytes - 1}` }),
    { abortSignal: signal },
  ).catch((err: { name?: string }) => {
    // An empty object has no byte 0: S3 answers 416 to any range.
    if (err.name === 'InvalidRange') return undefined;
    throw err;
  });
  if (!out) return { lines: [], note: 'empty object (0 bytes)', binary: false };
  const bytes = Buffer.from((await out.Body?.transformToByteArray()) ?? []);
  const size = totalSize(out.ContentRange) ?? out.ContentLength;
  if (looksBinary(bytes) || /^(image|audio|video)\//.test(out.ContentType ?? '')) {
    return { lines: describeBinary(bytes, out.ContentType, size), note: 'binary', binary: true };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.split(/\r?\n/);
  const partial = size !== undefined && size > bytes.length;
  if (partial) lines.pop(); // the last line was cut by the range
  else if (lines[lines.length - 1] === '') lines.pop();
  const note = partial
    ? `first ${formatBytes(bytes.length)} of ${formatBytes(size)} · download (d) for the rest`
    : `${formatBytes(bytes.length)}, all of it`;
  return { lines: lines.map((l) => sanitize(l.replace(/\t/g, '  '))), note, binary: false };
}

function totalSize(contentRange: string | undefined): number | undefined {
  const m = /\/(\d+)$/.exec(contentRange ?? '');
  return m ? Number(m[1]) : undefined;
}
