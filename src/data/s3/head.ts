// HeadObject: what ListObjectsV2 does not say (content type, user metadata, …).
import type { HeadObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import { formatBytes, formatDate } from '../format';
import type { DetailResult } from '../tree';

/** HeadObject's input: built here only, for the call and the code view. */
export const headObjectInput = (bucket: string, key: string, versionId?: string): HeadObjectCommandInput => ({ Bucket: bucket, Key: key, VersionId: versionId });

export async function headObject(client: S3Client, bucket: string, key: string, signal?: AbortSignal, versionId?: string): Promise<DetailResult> {
  const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
  const out = await client.send(new HeadObjectCommand(headObjectInput(bucket, key, versionId)), { abortSignal: signal });
  const { $metadata: _meta, ...raw } = out;
  const fields = [
    { label: 'Key', value: key },
    { label: 'Size', value: `${formatBytes(out.ContentLength)} (${out.ContentLength ?? '?'} bytes)` },
    { label: 'Content type', value: out.ContentType ?? '' },
    { label: 'Modified', value: formatDate(out.LastModified) },
    { label: 'ETag', value: out.ETag ?? '' },
    { label: 'Storage class', value: out.StorageClass ?? 'STANDARD' },
  ];
  if (out.VersionId) fields.push({ label: 'Version', value: out.VersionId });
  for (const [k, v] of Object.entries(out.Metadata ?? {})) fields.push({ label: `meta: ${k}`, value: v });
  return { fields, raw };
}
