// What a bucket holds: versions of objects (and delete markers). An unversioned bucket holds exactly one
// version per key, whose id is the literal string "null", as S3 reports it.

import { createHash } from 'node:crypto';

export type ChecksumAlgorithm = 'CRC32' | 'CRC32C' | 'CRC64NVME' | 'SHA1' | 'SHA256';

export interface ObjectVersion {
  readonly key: string;
  readonly versionId: string;
  readonly isDeleteMarker: boolean;
  /** Whole seconds: S3's Last-Modified header cannot carry more, so listings show .000Z. */
  readonly lastModified: Date;
  readonly size: number;
  /** Quoted md5 hex, as S3 sends it for single-part uploads. */
  readonly etag: string;
  readonly contentType: string;
  /** User metadata, names lower-cased without the x-amz-meta- prefix. */
  readonly metadata: Readonly<Record<string, string>>;
  /** Content-Encoding, Cache-Control, Content-Disposition, Content-Language, Expires as stored. */
  readonly headers: Readonly<Record<string, string>>;
  readonly checksum?: { algorithm: ChecksumAlgorithm; value: string };
  readonly storageClass: string;
  body(): Buffer;
}

export interface VersionFields {
  key: string;
  versionId?: string;
  lastModified: Date;
  contentType?: string;
  metadata?: Record<string, string>;
  headers?: Record<string, string>;
  checksum?: { algorithm: ChecksumAlgorithm; value: string };
  storageClass?: string;
}

export function md5Hex(data: Buffer): string {
  return createHash('md5').update(data).digest('hex');
}

function wholeSeconds(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

/** The S3 default when a PUT names no Content-Type. */
export const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

// Shared by the many versions that have no metadata (most of 50,000 demo objects): no object each.
const NONE: Readonly<Record<string, string>> = Object.freeze({});

abstract class BaseVersion {
  readonly key: string;
  readonly versionId: string;
  readonly lastModified: Date;
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly checksum?: { algorithm: ChecksumAlgorithm; value: string };
  readonly storageClass: string;
  constructor(f: VersionFields) {
    this.key = f.key;
    this.versionId = f.versionId ?? 'null';
    this.lastModified = wholeSeconds(f.lastModified);
    this.contentType = f.contentType ?? DEFAULT_CONTENT_TYPE;
    this.metadata = f.metadata ?? NONE;
    this.headers = f.headers ?? NONE;
    this.checksum = f.checksum;
    this.storageClass = f.storageClass ?? 'STANDARD';
  }
}

/** An object whose bytes are held in memory (uploads, small demo files). */
export class StoredVersion extends BaseVersion implements ObjectVersion {
  readonly isDeleteMarker = false;
  readonly size: number;
  readonly etag: string;
  constructor(
    f: VersionFields,
    private readonly bytes: Buffer,
  ) {
    super(f);
    this.size = bytes.length;
    this.etag = `"${md5Hex(bytes)}"`;
  }
  body(): Buffer {
    return this.bytes;
  }
}

/** Makes a generated object's bytes, as parts (so the ETag is hashed without joining them). */
export type BodyGenerator = (key: string, size: number, seed: number) => Buffer[];

/**
 * An object whose bytes are generated on demand from its key and a seed, so a 50,000-object demo bucket
 * holds no bodies and no per-object closures. The size is known up front; the ETag is the real md5,
 * computed when first asked for (a listing) and cached, while the body itself is dropped again.
 */
export class GeneratedVersion extends BaseVersion implements ObjectVersion {
  readonly isDeleteMarker = false;
  private cachedEtag?: string;
  constructor(
    f: VersionFields,
    readonly size: number,
    private readonly seed: number,
    private readonly generate: BodyGenerator,
  ) {
    super(f);
  }
  get etag(): string {
    if (this.cachedEtag === undefined) {
      const hash = createHash('md5');
      for (const part of this.generate(this.key, this.size, this.seed)) hash.update(part);
      this.cachedEtag = `"${hash.digest('hex')}"`;
    }
    return this.cachedEtag;
  }
  body(): Buffer {
    const parts = this.generate(this.key, this.size, this.seed);
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }
}

export class DeleteMarker extends BaseVersion implements ObjectVersion {
  readonly isDeleteMarker = true;
  readonly size = 0;
  readonly etag = '';
  constructor(key: string, versionId: string, lastModified: Date) {
    super({ key, versionId, lastModified });
  }
  body(): Buffer {
    return Buffer.alloc(0);
  }
}
