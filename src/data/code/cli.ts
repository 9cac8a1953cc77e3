// The AWS CLI tab: the command that sends the same request, with --profile, --region and
// --endpoint-url when they are not the defaults. The CLI pages by itself (--page-size sets the size
// of each request) and, like boto3, asks for EncodingType=url and decodes the keys on its own.
import type { AwsRequest, ClientConfig } from '../request';
import { codeFields, isDefaultWait, kebab, labelBaseOf, waiterState } from './names';
import { escapeUnseen, shellQuote as q } from './quote';

function globals(c: ClientConfig): string {
  return [
    c.profile ? ` --profile ${q(c.profile)}` : '',
    c.regionIsDefault ? '' : ` --region ${q(c.region)}`,
    // Debian's awscli 2.9 reads neither AWS_ENDPOINT_URL nor a profile's endpoint_url: name it.
    c.endpoint ? ` --endpoint-url ${q(c.endpoint)}` : '',
  ].join('');
}

/** One --flag value; a value that starts with '-' is joined with '=' so it is not read as a flag. */
function flag(name: string, value: unknown): string {
  const f = `--${kebab(name)}`;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return `${f} ${value.map(q).join(' ')}`;
  if (typeof value === 'string') return value.startsWith('-') ? `${f}=${q(value)}` : `${f} ${q(value)}`;
  // Structures (EC2 Filters) as JSON: it carries any tag value, commas and '=' included.
  return `${f} ${q(JSON.stringify(value))}`;
}

function command(r: AwsRequest, extra = ''): string {
  const service = r.service === 's3' ? 's3api' : r.service;
  const fields = codeFields(r).map(([k, v]) => ` ${flag(k, v)}`).join('');
  const page = r.pageSize !== undefined ? ` --page-size ${r.pageSize}` : '';
  return `aws ${service} ${kebab(r.operation)}${fields}${page}${extra}${globals(r.client)}`;
}

function waitLines(r: AwsRequest): string[] {
  const w = r.wait!;
  const ids = (w.input as { InstanceIds: string[] }).InstanceIds;
  const ws = kebab(w.waiter);
  if (isDefaultWait(w)) return [`${command(r)} &&`, `  aws ${r.service} wait ${ws} --instance-ids ${ids.map(q).join(' ')}${globals(r.client)}`];
  // `aws … wait` has no flags for Delay and MaxAttempts (always 15 s, 40 polls): the same poll, by hand.
  const { minDelay, maxAttempts } = w.config;
  const state = waiterState(w);
  return [
    `# aws ${r.service} wait ${ws} always polls every 15 s, 40 times: this loop polls as awsnav was set to`,
    `# (Delay ${minDelay} s, MaxAttempts ${maxAttempts}).`,
    `${command(r)} &&`,
    `for attempt in $(seq 1 ${maxAttempts}); do`,
    `  state=$(aws ec2 describe-instances --instance-ids ${ids.map(q).join(' ')} --query 'Reservations[].Instances[].State.Name' --output text${globals(r.client)})`,
    `  echo "attempt $attempt: $state"`,
    `  [ "$state" = ${state} ] && break`,
    `  [ "$attempt" = ${maxAttempts} ] && echo 'gave up waiting' >&2`,
    `  sleep ${minDelay}`,
    'done',
  ];
}

function contentTypeLoop(r: AwsRequest, type: string): string[] {
  const bucket = (r.input as { Bucket: string }).Bucket;
  const family = type.endsWith('/*');
  const pattern = family ? `${q(type.slice(0, -1))}*` : `${q(type)}|${q(`${type};`)}*`;
  return [
    '# S3 has no server-side filter by content type: ListObjectsV2 does not return it, so each key is',
    '# asked with HeadObject (awsnav does 16 at a time, only as you scroll).',
    `${command(r, " --query 'Contents[].[Key]' --output text")} |`,
    'while IFS= read -r key; do',
    `  type=$(aws s3api head-object --bucket ${q(bucket)} --key "$key" --query ContentType --output text${globals(r.client)})`,
    `  case "$type" in ${pattern}) printf '%s\\n' "$key" ;; esac`,
    'done',
  ];
}

export function cliCode(r: AwsRequest): string[] {
  const cf = r.clientFilter;
  if (r.wait) return waitLines(r);
  if (r.deletePrefix) {
    const { bucket, prefix, versions } = r.deletePrefix;
    if (versions) return ['# The CLI has no one command for every version under a prefix: see the boto3 resource tab', `# (bucket.object_versions.filter(Prefix=...).delete()).`];
    return [`aws s3 rm ${q(`s3://${bucket}/${prefix}`)} --recursive${globals(r.client)}`];
  }
  if (cf?.contentType) return contentTypeLoop(r, cf.contentType);
  const lines: string[] = [];
  if (r.everyRegion) {
    lines.push('# awsnav asks every region (DescribeRegions), a few at a time:');
    lines.push(`for region in $(aws ec2 describe-regions --query 'Regions[].RegionName' --output text${globals(r.client)}); do`);
    lines.push(`  ${command({ ...r, client: { ...r.client, regionIsDefault: true } }, ` --query 'Reservations[].Instances[].[InstanceId, State.Name]' --output text`)} --region "$region"`);
    lines.push('done');
    return lines;
  }
  if (cf?.text) {
    const base = labelBaseOf((r.input as { Prefix?: string }).Prefix);
    return [
      `# The / filter is awsnav's own: the name shown (the key after ${escapeUnseen(JSON.stringify(base))}) holds the text, any case.`,
      'shopt -s nocasematch',
      `${command(r, ` --query ${q('[CommonPrefixes[].[Prefix], Contents[].[Key]][]')} --output text`)} |`,
      'while IFS= read -r key; do',
      `  if [[ "\${key:${[...base].length}}" == *${q(cf.text)}* ]]; then printf '%s\\n' "$key"; fi`,
      'done',
    ];
  }
  if (cf?.exactKey !== undefined) {
    // A JMESPath raw string: only the quote and the backslash are escaped.
    const key = `'${cf.exactKey.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    lines.push(`# Prefix also matches longer keys: only this key's versions, by --query.`);
    return [...lines, command(r, ` --query ${q(`{Versions: Versions[?Key==${key}], DeleteMarkers: DeleteMarkers[?Key==${key}]}`)}`)];
  }
  return [command(r)];
}
