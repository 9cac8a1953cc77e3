// What `Y` offers to copy for a row: its name, and what the row is in AWS's own terms: the key, the
// s3:// URI, the ARN, the instance id, its IPs. Pure; read from the record the listing gave.
import type { Choice } from './actions';
import type { Ctx, TreeNode } from './tree';
import { sanitize } from './sanitize';

type Rec = {
  bucket?: string;
  name?: string;
  prefix?: string;
  entry?: { key?: string; versionId?: string };
  region?: string;
  instance?: { InstanceId?: string; PrivateIpAddress?: string; PublicIpAddress?: string };
};

/** Each choice's value is the raw text to copy; its label shows it sanitised. */
export function yankChoices(node: TreeNode, ctx: Ctx): Choice[] {
  const r = (node.record ?? {}) as Rec;
  const out: [string, string | undefined][] = [['name', node.label]];
  const bucket = r.bucket ?? (node.type.name === 's3.bucket' ? r.name : undefined);
  if (bucket !== undefined) {
    const key = r.entry?.key ?? r.prefix;
    if (key !== undefined && key !== node.label) out.push(['key', key]);
    out.push(['s3 URI', `s3://${bucket}/${key ?? ''}`]);
    out.push(['ARN', `arn:aws:s3:::${bucket}${key ? `/${key}` : ''}`]);
    if (r.entry?.versionId) out.push(['version id', r.entry.versionId]);
  }
  const i = r.instance;
  if (i?.InstanceId) {
    const identity = ctx.session?.identity.state;
    const account = identity && 'account' in identity ? identity.account : undefined;
    out.push(['instance id', i.InstanceId]);
    if (r.region && account) out.push(['ARN', `arn:aws:ec2:${r.region}:${account}:instance/${i.InstanceId}`]);
    out.push(['private IP', i.PrivateIpAddress]);
    out.push(['public IP', i.PublicIpAddress]);
  }
  const seen = new Set<string>();
  return out.flatMap(([what, value]) => {
    if (!value || seen.has(value)) return [];
    seen.add(value);
    return [{ value, label: `${what.padEnd(12)}${sanitize(value)}` }];
  });
}
