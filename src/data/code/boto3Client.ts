// The boto3 client tab: a session for the profile, the client, and the paginator loop over the very
// input awsnav sends (botocore adds EncodingType=url and decodes the keys itself).
import type { AwsRequest } from '../request';
import { codeFields, labelBaseOf, snake, waiterNote } from './names';
import { pyKwargs, pyStr, pyValue } from './quote';
import { boto3Preamble, pyContentTypeTest } from './boto3Session';

const PAGED = new Set(['ListObjectsV2', 'ListObjectVersions', 'DescribeInstances']);

/** The loop body's lines that print what a page holds, one line per entry. */
function printPage(r: AwsRequest, indent: string): string[] {
  const cf = r.clientFilter;
  const base = labelBaseOf((r.input as { Prefix?: string }).Prefix);
  switch (r.operation) {
    case 'ListObjectsV2':
      if (cf?.contentType) {
        const test = pyContentTypeTest(cf.contentType);
        return [
          `${indent}for o in page.get('Contents', []):`,
          `${indent}    # No server-side form: HeadObject per key (awsnav asks 16 at a time, as you scroll).`,
          `${indent}    head = s3.head_object(Bucket=${pyStr((r.input as { Bucket: string }).Bucket)}, Key=o['Key'])`,
          `${indent}    if head.get('ContentType', '').split(';')[0].strip().lower()${test}:`,
          `${indent}        print(o['Key'])`,
        ];
      }
      if (cf?.text) {
        return [
          `${indent}# The / filter is awsnav's own: the name shown (the key after ${pyStr(base)}) holds the text, any case.`,
          `${indent}for o in page.get('CommonPrefixes', []) + page.get('Contents', []):`,
          `${indent}    key = o.get('Key', o.get('Prefix'))`,
          `${indent}    if ${pyStr(cf.text.toLowerCase())} in key[${[...base].length}:].lower():`,
          `${indent}        print(key)`,
        ];
      }
      return [`${indent}for p in page.get('CommonPrefixes', []):`, `${indent}    print(p['Prefix'])`, `${indent}for o in page.get('Contents', []):`, `${indent}    print(o['Key'])`];
    case 'ListObjectVersions': {
      const only = cf?.exactKey !== undefined ? [`${indent}    if v['Key'] != ${pyStr(cf.exactKey)}:`, `${indent}        continue  # Prefix also matches longer keys`] : [];
      return [`${indent}for v in page.get('Versions', []) + page.get('DeleteMarkers', []):`, ...only, `${indent}    print(v['VersionId'], v['Key'])`];
    }
    default:
      return [`${indent}for reservation in page['Reservations']:`, `${indent}    for i in reservation['Instances']:`, `${indent}        print(i['InstanceId'], i['State']['Name'])`];
  }
}

function body(r: AwsRequest, name: string): string[] {
  const kw = pyKwargs(codeFields(r));
  if (r.deletePrefix) return deleteLoop(r, name);
  if (r.wait) {
    const w = r.wait;
    const note = waiterNote(w);
    const cfg = { Delay: w.config.minDelay, MaxAttempts: w.config.maxAttempts };
    return [
      `${name}.${snake(r.operation)}(${kw})`,
      ...(note ? [`# ${note}`] : []),
      `${name}.get_waiter(${pyStr(snake(w.waiter))}).wait(${pyKwargs(Object.entries(w.input))}, WaiterConfig=${pyValue(cfg)})`,
      `for reservation in ${name}.describe_instances(${pyKwargs(Object.entries(w.input))})['Reservations']:`,
      '    for i in reservation[\'Instances\']:',
      "        print(i['InstanceId'], i['State']['Name'])",
    ];
  }
  if (PAGED.has(r.operation)) {
    const paging = r.pageSize !== undefined ? `${kw ? ', ' : ''}PaginationConfig={'PageSize': ${r.pageSize}}` : '';
    const loop = [`paginator = ${name}.get_paginator(${pyStr(snake(r.operation))})`, `for page in paginator.paginate(${kw}${paging}):`, ...printPage(r, '    ')];
    if (!r.everyRegion) return loop;
    return [
      '# awsnav asks every region (DescribeRegions), a few at a time:',
      `for region in [x['RegionName'] for x in ${name}.describe_regions()['Regions']]:`,
      `    regional = session.client('ec2', region_name=region${r.client.endpoint ? `, endpoint_url=${pyStr(r.client.endpoint)}` : ''})`,
      ...loop.map((l) => `    ${l.replace(`${name}.get_paginator`, 'regional.get_paginator')}`),
    ];
  }
  if (r.operation === 'ListBuckets') return [`for b in ${name}.list_buckets()['Buckets']:`, "    print(b['Name'])"];
  return [`print(${name}.${snake(r.operation)}(${kw}))`];
}

function deleteLoop(r: AwsRequest, name: string): string[] {
  const { bucket, prefix, versions } = r.deletePrefix!;
  const op = versions ? 'list_object_versions' : 'list_objects_v2';
  const ids = versions
    ? "[{'Key': v['Key'], 'VersionId': v['VersionId']} for v in page.get('Versions', []) + page.get('DeleteMarkers', [])]"
    : "[{'Key': o['Key']} for o in page.get('Contents', [])]";
  return [
    '# Pages of up to 1,000 keys, each deleted in one DeleteObjects (its limit); errors are per key.',
    `for page in ${name}.get_paginator(${pyStr(op)}).paginate(Bucket=${pyStr(bucket)}, Prefix=${pyStr(prefix)}):`,
    `    objects = ${ids}`,
    '    if objects:',
    `        out = ${name}.delete_objects(Bucket=${pyStr(bucket)}, Delete={'Objects': objects, 'Quiet': True})`,
    "        for e in out.get('Errors', []):",
    "            print('not deleted:', e['Key'], e['Code'])",
  ];
}

export function boto3ClientCode(r: AwsRequest): string[] {
  const name = r.service;
  return [...boto3Preamble(r, 'client', name), ...body(r, name)];
}
