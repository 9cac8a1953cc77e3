// Presigned GET URLs with @aws-sdk/s3-request-presigner: the URL carries the signature, so anyone with
// it can fetch the object until it expires. S3 accepts at most 7 days (604,800 s). A URL signed with
// temporary credentials (SSO, an assumed role) stops working when they expire, whatever it says.
import type { S3Client } from '@aws-sdk/client-s3';

export const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;
export const DEFAULT_PRESIGN = '1h';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** '1h', '30m', '7d', '90s', '1h30m' or plain seconds → seconds; a message when it is not acceptable. */
export function parseDuration(text: string): number | string {
  const t = text.trim().toLowerCase();
  if (!t) return 'Give a duration, e.g. 1h, 30m or 7d.';
  let seconds = 0;
  if (/^\d+$/.test(t)) seconds = Number(t);
  else {
    const parts = [...t.matchAll(/(\d+)\s*([smhd])/g)];
    if (!parts.length || parts.map((m) => m[0]).join('') !== t.replace(/\s+/g, '')) {
      return `"${text.trim()}" is not a duration: write 1h, 30m, 7d or 1h30m.`;
    }
    for (const m of parts) seconds += Number(m[1]) * UNITS[m[2]];
  }
  if (seconds < 1) return 'A presigned URL must be valid for at least 1 second.';
  if (seconds > MAX_PRESIGN_SECONDS) return 'S3 allows at most 7 days (7d, 604800 seconds).';
  return seconds;
}

export interface PresignTarget {
  bucket: string;
  key: string;
  versionId?: string;
}

export async function presignGet(client: S3Client, t: PresignTarget, seconds: number): Promise<string> {
  const [{ GetObjectCommand }, { getSignedUrl }] = await Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]);
  return getSignedUrl(client, new GetObjectCommand({ Bucket: t.bucket, Key: t.key, VersionId: t.versionId }), { expiresIn: seconds });
}

/** "1h" → "1 hour", 90 → "1m30s": how long the URL works, for the dialog. */
export function describeDuration(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [d && `${d}d`, h && `${h}h`, m && `${m}m`, s && `${s}s`].filter(Boolean).join('') || '0s';
}
