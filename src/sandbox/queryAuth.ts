// Query-string SigV4 (presigned URLs: X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders,
// -Signature). Header-signed requests are trusted by access key alone (auth.ts), but a presigned URL is
// handed to someone who has no key at all, so here what S3 checks is checked: the expiry (at most 7
// days), and the signature itself, recomputed with the account's secret. Temporary keys from the
// sandbox's AssumeRole keep no secret server-side, so for them only the expiry can be checked.

import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SandboxAccount } from './accounts.js';
import type { CredentialScope } from './auth.js';
import { AwsError } from './errors.js';

/** S3 refuses a presigned URL valid for longer than a week. */
export const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

const queryError = (message: string) => new AwsError(400, 'AuthorizationQueryParametersError', message);

// SigV4's URI encoding: RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes.
const uriEncode = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** '20240101T000000Z' → epoch milliseconds, or NaN. */
function amzDate(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data, 'utf8').digest();
}

function signature(secret: string, scope: CredentialScope, date: string, canonical: string): string {
  const credentialScope = `${scope.date}/${scope.region}/${scope.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', date, credentialScope, createHash('sha256').update(canonical, 'utf8').digest('hex')].join('\n');
  let key = hmac(`AWS4${secret}`, scope.date);
  for (const part of [scope.region, scope.service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
}

/** The canonical request of a query-signed request, as the signer built it (S3: path as sent, unsigned payload). */
function canonicalRequest(req: IncomingMessage, rawPath: string, query: URLSearchParams, signedHeaders: string): string {
  const pairs = [...query.entries()]
    .filter(([k]) => k !== 'X-Amz-Signature')
    .map(([k, v]) => [uriEncode(k), uriEncode(v)])
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const names = signedHeaders.split(';');
  const headers = names.map((n) => {
    const v = req.headers[n];
    return `${n}:${(Array.isArray(v) ? v.join(',') : (v ?? '')).trim().replace(/\s+/g, ' ')}\n`;
  });
  return [
    req.method ?? 'GET',
    rawPath || '/',
    pairs.map(([k, v]) => `${k}=${v}`).join('&'),
    headers.join(''),
    signedHeaders,
    query.get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
  ].join('\n');
}

/** Throws S3's error for a presigned request that is malformed, expired or wrongly signed. */
export function verifyQuerySignature(
  req: IncomingMessage,
  rawPath: string,
  query: URLSearchParams,
  scope: CredentialScope,
  account: SandboxAccount,
  now = Date.now(),
): void {
  if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') throw queryError('X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
  const date = query.get('X-Amz-Date') ?? '';
  const signedAt = amzDate(date);
  if (Number.isNaN(signedAt)) throw queryError("X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\"");
  const expiresRaw = query.get('X-Amz-Expires') ?? '';
  if (!/^\d+$/.test(expiresRaw)) throw queryError('X-Amz-Expires should be a number');
  const expires = Number(expiresRaw);
  if (expires > MAX_PRESIGN_SECONDS) throw queryError(`X-Amz-Expires must be less than a week (in seconds) that is; ${MAX_PRESIGN_SECONDS}`);
  if (now > signedAt + expires * 1000) {
    throw new AwsError(403, 'AccessDenied', 'Request has expired', {
      'X-Amz-Expires': expiresRaw,
      Expires: new Date(signedAt + expires * 1000).toISOString(),
      ServerTime: new Date(now).toISOString(),
    });
  }
  const given = query.get('X-Amz-Signature') ?? '';
  const signedHeaders = query.get('X-Amz-SignedHeaders') ?? '';
  if (!signedHeaders.split(';').includes('host')) throw queryError('X-Amz-SignedHeaders must include host');
  if (account.accessKeyId !== scope.accessKeyId) return; // a session key: its secret is not kept
  const expected = signature(account.secretAccessKey, scope, date, canonicalRequest(req, rawPath, query, signedHeaders));
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new AwsError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');
  }
}
