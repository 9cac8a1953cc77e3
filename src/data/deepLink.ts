// Deep links: `awsnav s3://bucket/prefix/`, `awsnav --path dev/ec2/us-east-1` and `:open s3://…` open
// the browser there. The nodes are built straight from the link, as the listings would make them (same
// types, ids and labels), so nothing is listed on the way: the first request is the listing opened.
import { node, type TreeNode } from './tree';
import type { ProfileRecord } from './root';
import { s3Bucket, s3Prefix, s3Service } from './s3/nodes';
import { ec2Instances, ec2Service } from './ec2/nodes';

export type DeepLink =
  | { service: 's3'; profile?: string; bucket?: string; prefix: string }
  | { service: 'ec2'; profile?: string; region?: string | 'all' };

/** `s3://bucket/a/b/` or `s3://bucket/a/key.txt` (a key: the listing opens at it). */
export function parseS3Url(text: string): DeepLink | string {
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(text.trim());
  if (!m) return `"${text}" is not an S3 URL: write it like s3://my-bucket/logs/2024/.`;
  return { service: 's3', bucket: m[1], prefix: m[2] ?? '' };
}

/** `PROFILE[/SERVICE[/…]]`: dev/ec2/us-east-1, dev/ec2/all, dev/s3/my-bucket/logs/. */
export function parsePath(text: string): DeepLink | { profile: string } | string {
  const parts = text.replace(/^\/+/, '').split('/');
  const [profile, service, ...rest] = parts;
  if (!profile) return `--path needs a profile first, e.g. --path dev/ec2/us-east-1 or dev/s3/my-bucket/logs/.`;
  if (service === undefined || service === '') return { profile };
  if (service === 's3') return { service: 's3', profile, bucket: rest[0] || undefined, prefix: rest.slice(1).join('/') };
  if (service === 'ec2') return { service: 'ec2', profile, region: rest[0] || undefined };
  return `"${service}" is not a service awsnav browses: s3 or ec2.`;
}

/** A URL or a path, as given on the command line. */
export function parseDeepLink(text: string): DeepLink | { profile: string } | string {
  return text.startsWith('s3://') ? parseS3Url(text) : parsePath(text);
}

/** The nodes below a profile node that the link names: [service, bucket, folder…] or [service, region]. */
export function linkNodes(link: DeepLink): TreeNode[] {
  if (link.service === 'ec2') {
    const svc = node(ec2Service, 'ec2', 'ec2', null);
    if (!link.region) return [svc];
    if (link.region === 'all') return [svc, node(ec2Instances, '*', 'all regions', {})];
    return [svc, node(ec2Instances, link.region, link.region, { region: link.region })];
  }
  const out: TreeNode[] = [node(s3Service, 's3', 's3', null)];
  if (!link.bucket) return out;
  const bucket = node(s3Bucket, link.bucket, link.bucket, { name: link.bucket });
  out.push(bucket);
  // One screen per folder, as walking there would make them, so Esc goes up a folder at a time.
  const folders = link.prefix.split('/').slice(0, -1);
  let prefix = '';
  for (const f of folders) {
    const label = `${f}/`;
    prefix += label;
    out.push(node(s3Prefix, prefix, label, { bucket: link.bucket, prefix }));
  }
  const key = link.prefix.slice(prefix.length);
  // A key (no trailing '/'): the folder's listing from that key on (StartAfter), the cursor on it.
  if (key) {
    const here = out[out.length - 1];
    out[out.length - 1] = here.type.seek!(here, { from: link.prefix })!;
  }
  return out;
}

/**
 * The whole path for the browser: root, the profile (by name; else the one given as the default),
 * then the link's nodes. A message when the profile does not exist.
 */
export function deepLinkPath(
  root: TreeNode,
  profileNode: (name: string) => TreeNode<ProfileRecord> | undefined,
  link: DeepLink | { profile: string },
  defaultProfile?: string,
): TreeNode[] | string {
  const name = link.profile ?? defaultProfile;
  if (!name) return 'Name a profile: --profile NAME (or AWS_PROFILE), or --path PROFILE/….';
  const p = profileNode(name);
  if (!p) return `No profile "${name}" in the AWS config files.`;
  return 'service' in link ? [root, p, ...linkNodes(link)] : [root, p];
}
