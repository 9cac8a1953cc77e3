// Which S3 operation a request is. S3 tells operations apart by method, by whether the path names a
// bucket and a key, and by "sub-resources" in the query (?location, ?versions, ?delete, ?acl …). Other
// query parameters, such as the SDK's own x-id=GetObject, are ignored as S3 ignores them.

import { AwsError } from '../errors.js';
import { notImplemented } from './errors.js';

export type S3Op =
  | 'ListBuckets'
  | 'HeadBucket'
  | 'GetBucketLocation'
  | 'GetBucketVersioning'
  | 'ListObjects'
  | 'ListObjectsV2'
  | 'ListObjectVersions'
  | 'DeleteObjects'
  | 'HeadObject'
  | 'GetObject'
  | 'PutObject'
  | 'DeleteObject'
  | 'CopyObject'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'UploadPartCopy'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'ListMultipartUploads';

export interface S3Route {
  op: S3Op;
  bucket: string;
  /** '' for service- and bucket-level requests. */
  key: string;
}

const SUBRESOURCES = new Set([
  'accelerate', 'acl', 'analytics', 'attributes', 'cors', 'delete', 'encryption', 'intelligent-tiering',
  'inventory', 'legal-hold', 'lifecycle', 'location', 'logging', 'metadataConfiguration', 'metadataTable',
  'metrics', 'notification', 'object-lock', 'ownershipControls', 'partNumber', 'policy', 'policyStatus',
  'publicAccessBlock', 'renameObject', 'replication', 'requestPayment', 'restore', 'retention', 'select',
  'session', 'tagging', 'torrent', 'uploadId', 'uploads', 'versioning', 'versions', 'website',
]);

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new AwsError(400, 'InvalidURI', "Couldn't parse the specified URI.");
  }
}

/** Path-style addressing: /bucket/key…, the key being everything after the first slash, verbatim. */
export function splitPath(rawPath: string): { bucket: string; key: string } {
  const path = rawPath.startsWith('/') ? rawPath.slice(1) : rawPath;
  const slash = path.indexOf('/');
  if (slash < 0) return { bucket: decode(path), key: '' };
  return { bucket: decode(path.slice(0, slash)), key: decode(path.slice(slash + 1)) };
}

export function route(method: string, rawPath: string, query: URLSearchParams, copySource: boolean): S3Route {
  const { bucket, key } = splitPath(rawPath);
  let sub: string | undefined;
  for (const name of query.keys()) {
    if (SUBRESOURCES.has(name)) {
      sub = name;
      break;
    }
  }
  const unsupported = () => notImplemented(`${method} ${bucket ? (key ? 'object' : 'bucket') : 'service'}${sub ? ` ?${sub}` : ''}`);
  const is = (op: S3Op): S3Route => ({ op, bucket, key });

  if (!bucket) {
    if (method === 'GET' && !sub) return is('ListBuckets');
    throw unsupported();
  }
  if (!key) {
    if (method === 'GET') {
      if (!sub) return is(query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects');
      if (sub === 'location') return is('GetBucketLocation');
      if (sub === 'versioning') return is('GetBucketVersioning');
      if (sub === 'versions') return is('ListObjectVersions');
      if (sub === 'uploads') return is('ListMultipartUploads');
    }
    if (method === 'HEAD' && !sub) return is('HeadBucket');
    if (method === 'POST' && sub === 'delete') return is('DeleteObjects');
    throw unsupported();
  }
  // Multipart requests carry several sub-resources (?partNumber=1&uploadId=…), in any order.
  if (query.has('uploadId')) {
    if (method === 'PUT' && query.has('partNumber')) return is(copySource ? 'UploadPartCopy' : 'UploadPart');
    if (method === 'POST') return is('CompleteMultipartUpload');
    if (method === 'DELETE') return is('AbortMultipartUpload');
  }
  if (method === 'POST' && sub === 'uploads') return is('CreateMultipartUpload');
  if (!sub) {
    if (method === 'GET') return is('GetObject');
    if (method === 'HEAD') return is('HeadObject');
    if (method === 'PUT' && !copySource) return is('PutObject');
    if (method === 'PUT') return is('CopyObject');
    if (method === 'DELETE') return is('DeleteObject');
  }
  throw unsupported();
}
