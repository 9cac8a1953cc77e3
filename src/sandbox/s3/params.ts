// Query parameters S3 validates the same way across its listing operations, and XML fragments they share.

import { createHash } from 'node:crypto';
import type { SandboxAccount } from '../accounts.js';
import { invalidArgument } from './errors.js';
import type { ObjectVersion } from './model.js';
import { el, identity, isoDate, s3UrlEncode, type KeyEncoder } from './xml.js';

/** S3 never returns more than 1,000 entries a page, whatever max-keys asks for. */
export const MAX_KEYS = 1000;

export function parseMaxKeys(query: URLSearchParams, name = 'max-keys'): number {
  const raw = query.get(name);
  if (raw === null) return MAX_KEYS;
  if (!/^\d+$/.test(raw) || Number(raw) > 2_147_483_647) {
    throw invalidArgument(`Provided ${name} not an integer or within integer range`, name, raw);
  }
  return Math.min(Number(raw), MAX_KEYS);
}

export function parseEncoding(query: URLSearchParams): KeyEncoder {
  const raw = query.get('encoding-type');
  if (raw === null) return identity;
  if (raw !== 'url') throw invalidArgument('Invalid Encoding Method specified in Request', 'encoding-type', raw);
  return s3UrlEncode;
}

/** An optional string parameter; S3 treats an empty one as absent. */
export function optional(query: URLSearchParams, name: string): string | undefined {
  const v = query.get(name);
  return v === null || v === '' ? undefined : v;
}

/** The 64-hex canonical user id S3 shows as an account's Owner ID. */
export function canonicalId(account: SandboxAccount): string {
  return createHash('sha256').update(`awsnav-sandbox:${account.accountId}`).digest('hex');
}

// AWS dropped Owner/DisplayName from responses in 2025; only the canonical ID remains.
export function ownerXml(account: SandboxAccount): string {
  return `<Owner>${el('ID', canonicalId(account))}</Owner>`;
}

function checksumXml(v: ObjectVersion): string {
  return v.checksum ? el('ChecksumAlgorithm', v.checksum.algorithm) + el('ChecksumType', 'FULL_OBJECT') : '';
}

/** A <Contents> (ListObjects[V2]) or <Version> (ListObjectVersions) body, in S3's element order. */
export function objectFieldsXml(v: ObjectVersion, enc: KeyEncoder, owner?: SandboxAccount, version?: { isLatest: boolean }): string {
  return (
    el('Key', enc(v.key)) +
    (version ? el('VersionId', v.versionId) + el('IsLatest', version.isLatest) : '') +
    el('LastModified', isoDate(v.lastModified)) +
    el('ETag', v.etag) +
    checksumXml(v) +
    el('Size', v.size) +
    (owner ? ownerXml(owner) : '') +
    el('StorageClass', v.storageClass)
  );
}

export function deleteMarkerXml(v: ObjectVersion, enc: KeyEncoder, owner: SandboxAccount, isLatest: boolean): string {
  return (
    `<DeleteMarker>${el('Key', enc(v.key))}${el('VersionId', v.versionId)}${el('IsLatest', isLatest)}` +
    `${el('LastModified', isoDate(v.lastModified))}${ownerXml(owner)}</DeleteMarker>`
  );
}

export function commonPrefixesXml(prefixes: string[], enc: KeyEncoder): string {
  return prefixes.map((p) => `<CommonPrefixes>${el('Prefix', enc(p))}</CommonPrefixes>`).join('');
}
