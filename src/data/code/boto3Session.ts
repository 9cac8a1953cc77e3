// The start of every boto3 tab: a Session for the profile (never its keys) and the client or resource
// with the endpoint named (boto3 1.26 reads neither AWS_ENDPOINT_URL nor a profile's endpoint_url).
import type { AwsRequest } from '../request';
import { pyStr } from './quote';

export function boto3Preamble(r: AwsRequest, style: 'client' | 'resource', name = r.service): string[] {
  const c = r.client;
  const session = [c.profile ? `profile_name=${pyStr(c.profile)}` : '', `region_name=${pyStr(c.region)}`].filter(Boolean).join(', ');
  const args = [pyStr(r.service), c.endpoint ? `endpoint_url=${pyStr(c.endpoint)}` : '', c.forcePathStyle ? "config=Config(s3={'addressing_style': 'path'})" : '']
    .filter(Boolean)
    .join(', ');
  return [
    'import boto3',
    ...(c.forcePathStyle ? ['from botocore.config import Config'] : []),
    '',
    `session = boto3.Session(${session})`,
    `${name} = session.${style}(${args})`,
  ];
}

/**
 * The Python test a content-type filter puts after a media type already cut to its essence and lowered:
 * `image/*` is a prefix (`.startswith('image/')`), anything else the exact type (` == 'text/csv'`).
 */
export function pyContentTypeTest(contentType: string): string {
  const t = contentType.toLowerCase();
  return t.endsWith('/*') ? `.startswith(${pyStr(t.slice(0, -1))})` : ` == ${pyStr(t)}`;
}
