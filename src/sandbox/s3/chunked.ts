// Decodes the aws-chunked content encoding the SDK uses for streaming uploads (on top of HTTP's own
// Transfer-Encoding: chunked, which Node has already removed):
//
//   <hex size>[;chunk-signature=<sig>]\r\n<bytes>\r\n … 0[;chunk-signature=<sig>]\r\n
//   x-amz-checksum-crc32:<base64>\r\n [x-amz-trailer-signature:<sig>\r\n] \r\n
//
// Signed (STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]) and unsigned (STREAMING-UNSIGNED-PAYLOAD-TRAILER)
// streams share this framing; signatures are not checked.

import { AwsError } from '../errors.js';

export interface DecodedChunks {
  body: Buffer;
  /** Trailer fields by lower-cased name, e.g. 'x-amz-checksum-crc32'. */
  trailers: Record<string, string>;
}

const CRLF = Buffer.from('\r\n');

function malformed(detail: string): AwsError {
  return new AwsError(400, 'IncompleteBody', `The aws-chunked request body is malformed: ${detail}.`);
}

export function decodeAwsChunked(raw: Buffer): DecodedChunks {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = raw.indexOf(CRLF, pos);
    if (eol < 0) throw malformed('a chunk header is not terminated');
    const header = raw.subarray(pos, eol).toString('latin1');
    const size = parseInt(header.split(';')[0], 16);
    if (!Number.isFinite(size) || size < 0 || !/^[0-9a-fA-F]+$/.test(header.split(';')[0])) {
      throw malformed(`bad chunk size '${header.slice(0, 20)}'`);
    }
    pos = eol + 2;
    if (size === 0) break;
    if (pos + size + 2 > raw.length) throw malformed('a chunk is shorter than its declared size');
    parts.push(raw.subarray(pos, pos + size));
    pos += size;
    if (raw[pos] !== 0x0d || raw[pos + 1] !== 0x0a) throw malformed('a chunk is longer than its declared size');
    pos += 2;
  }
  // Trailers: "name:value" lines up to an empty line (or the end of the body).
  const trailers: Record<string, string> = {};
  while (pos < raw.length) {
    let eol = raw.indexOf(CRLF, pos);
    if (eol < 0) eol = raw.length;
    const line = raw.subarray(pos, eol).toString('latin1');
    pos = eol + 2;
    if (line === '') break;
    const colon = line.indexOf(':');
    if (colon < 0) throw malformed(`bad trailer line '${line.slice(0, 40)}'`);
    trailers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { body: Buffer.concat(parts), trailers };
}
