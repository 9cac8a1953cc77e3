// Whether a delete is for good: GetBucketVersioning before the confirmation, so the question says
// what the delete will do. In a versioned bucket a plain DeleteObject only adds a delete marker (every
// version stays); in a bucket never versioned it is gone; with versioning suspended a null marker
// takes its place: the null version (written while suspended) is gone, versions from before stay.
import type { S3Client } from '@aws-sdk/client-s3';
import { explain } from '../errors';
import { sanitize } from '../sanitize';
import { keyOf } from '../../keys/keymap';

export type Versioning =
  | { status: 'Enabled' | 'Suspended' | 'never' }
  /** GetBucketVersioning failed (often AccessDenied: s3:GetBucketVersioning is a separate permission). */
  | { status: 'unknown'; why: string };

export async function bucketVersioning(client: S3Client, bucket: string, signal: AbortSignal): Promise<Versioning> {
  const { GetBucketVersioningCommand } = await import('@aws-sdk/client-s3');
  try {
    const out = await client.send(new GetBucketVersioningCommand({ Bucket: bucket }), { abortSignal: signal });
    // A bucket never versioned answers no Status at all.
    return { status: out.Status === 'Enabled' || out.Status === 'Suspended' ? out.Status : 'never' };
  } catch (err) {
    if (signal.aborted) throw err;
    const e = explain(err);
    return { status: 'unknown', why: sanitize(e.code ?? e.message) };
  }
}

/** What a delete of the current object(s) does in a bucket with this versioning, for the confirmation. */
export function deleteNote(v: Versioning, count = 1): string {
  const it = count === 1 ? 'the object' : 'the objects';
  switch (v.status) {
    case 'Enabled':
      return `The bucket is versioned: this only adds ${count === 1 ? 'a delete marker' : 'a delete marker to each'}; every version stays (${keyOf('action.versions')} shows them).`;
    case 'Suspended':
      return `Versioning is suspended on this bucket: a delete marker takes the place of ${it}, and a version written while suspended (the null version) is deleted for good; versions from before stay.`;
    case 'never':
      return `The bucket is not versioned: the delete is permanent.`;
    case 'unknown':
      return `Whether the bucket is versioned could not be read (${v.why}): if it is, this adds a delete marker; if not, the delete is permanent.`;
  }
}
