// Integrity checks S3 makes on uploads: Content-MD5, and the flexible checksums the SDK sends by default
// (x-amz-checksum-crc32 as a header, or as an aws-chunked trailer). A mismatch is a 400 BadDigest, so a
// client bug that corrupts bodies shows up here as it would against AWS.

import { createHash } from 'node:crypto';
import { AwsError } from '../errors.js';
import type { ChecksumAlgorithm } from './model.js';

function crcTable(poly: number): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? poly ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
const CRC32 = crcTable(0xedb88320);
const CRC32C = crcTable(0x82f63b78);

function crc(table: Uint32Array, data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function crc32(data: Uint8Array): number {
  return crc(CRC32, data);
}

function base64BE32(n: number): string {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b.toString('base64');
}

/** The base64 digest S3 would compute, or undefined for an algorithm the sandbox does not verify. */
function digest(algorithm: ChecksumAlgorithm, body: Buffer): string | undefined {
  switch (algorithm) {
    case 'CRC32':
      return base64BE32(crc(CRC32, body));
    case 'CRC32C':
      return base64BE32(crc(CRC32C, body));
    case 'SHA1':
      return createHash('sha1').update(body).digest('base64');
    case 'SHA256':
      return createHash('sha256').update(body).digest('base64');
    case 'CRC64NVME':
      return undefined; // accepted and stored as sent, not verified
  }
}

export const CHECKSUM_HEADERS: Record<string, ChecksumAlgorithm> = {
  'x-amz-checksum-crc32': 'CRC32',
  'x-amz-checksum-crc32c': 'CRC32C',
  'x-amz-checksum-crc64nvme': 'CRC64NVME',
  'x-amz-checksum-sha1': 'SHA1',
  'x-amz-checksum-sha256': 'SHA256',
};

/** The checksum a request carries in `fields` (headers or aws-chunked trailers), verified against body. */
export function verifyChecksum(
  fields: Record<string, string | string[] | undefined>,
  body: Buffer,
): { algorithm: ChecksumAlgorithm; value: string } | undefined {
  for (const [name, algorithm] of Object.entries(CHECKSUM_HEADERS)) {
    const value = fields[name];
    if (typeof value !== 'string') continue;
    const actual = digest(algorithm, body);
    if (actual !== undefined && actual !== value) {
      throw new AwsError(400, 'BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`);
    }
    return { algorithm, value };
  }
  return undefined;
}

export function verifyContentMd5(header: string | string[] | undefined, body: Buffer): void {
  if (typeof header !== 'string') return;
  if (createHash('md5').update(body).digest('base64') !== header) {
    throw new AwsError(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
  }
}
