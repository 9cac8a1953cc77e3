// Restoring a version (boto3: `s3.Object(b, k).copy_from(CopySource={…, 'VersionId': v})`): the old
// version is copied onto its own key, so it becomes the latest and every version stays in the history.
// A delete marker is removed instead (DeleteObject of the marker's VersionId): if it was the latest,
// the version under it is current again.
import type { S3Client } from '@aws-sdk/client-s3';
import { copyOne, COPY_LIMIT } from './copy';

export interface RestoreTarget {
  bucket: string;
  key: string;
  versionId: string;
  marker: boolean;
  size?: number;
}

export interface RestoreOptions {
  signal: AbortSignal;
  /** Above this, a multipart copy (UploadPartCopy): CopyObject stops at 5 GiB. */
  multipartAbove?: number;
}

/** Makes the version the latest (a copy onto its own key), or removes the delete marker. */
export async function restoreVersion(client: S3Client, t: RestoreTarget, opts: RestoreOptions): Promise<{ removedMarker: boolean }> {
  if (t.marker) {
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3');
    await client.send(new DeleteObjectCommand({ Bucket: t.bucket, Key: t.key, VersionId: t.versionId }), { abortSignal: opts.signal });
    return { removedMarker: true };
  }
  await copyOne(
    { dest: client, source: client },
    { bucket: t.bucket, source: { key: t.key, versionId: t.versionId, size: t.size } },
    { bucket: t.bucket, key: t.key },
    { signal: opts.signal, multipartAbove: opts.multipartAbove ?? COPY_LIMIT },
  );
  return { removedMarker: false };
}
