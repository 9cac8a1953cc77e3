// The boto3 resource tab: collections (`bucket.objects.filter(Prefix=…).page_size(…)`,
// `bucket.object_versions`, `ec2.instances.filter(Filters=…)`), resource waiters and batch actions.
// Where the resource model differs from what awsnav sends, the code says so.
import type { AwsRequest } from '../request';
import { codeFields, isDefaultWait, labelBaseOf, snake, waiterNote, waiterState } from './names';
import { pyKwargs, pyStr, pyValue } from './quote';
import { boto3Preamble, pyContentTypeTest } from './boto3Session';

const pageSize = (r: AwsRequest) => (r.pageSize !== undefined ? `.page_size(${r.pageSize})` : '');

function objects(r: AwsRequest): string[] {
  const input = r.input as { Bucket: string; Prefix?: string; Delimiter?: string; StartAfter?: string };
  const cf = r.clientFilter;
  // The collection is ListObjects (version 1): StartAfter is its Marker, the same "keys after this one".
  const fields: [string, unknown][] = codeFields(r)
    .filter(([k]) => k !== 'Bucket' && k !== 'Delimiter')
    .map(([k, v]) => [k === 'StartAfter' ? 'Marker' : k, v]);
  const lines = [`bucket = s3.Bucket(${pyStr(input.Bucket)})`];
  if (input.StartAfter !== undefined) lines.push('# bucket.objects lists with ListObjects, whose Marker is ListObjectsV2\'s StartAfter.');
  if (input.Delimiter !== undefined) {
    lines.push(
      '# A collection yields objects only: the folders (CommonPrefixes) come from the client underneath.',
      `for page in s3.meta.client.get_paginator('list_objects_v2').paginate(${pyKwargs(codeFields(r))}):`,
      "    for p in page.get('CommonPrefixes', []):",
      ...(cf?.text
        ? [`        if ${pyStr(cf.text.toLowerCase())} in p['Prefix'][${[...labelBaseOf(input.Prefix)].length}:].lower():`, "            print(p['Prefix'])"]
        : ["        print(p['Prefix'])"]),
    );
    fields.push(['Delimiter', input.Delimiter]);
  }
  const coll = `bucket.objects${fields.length ? `.filter(${pyKwargs(fields)})` : '.all()'}${pageSize(r)}`;
  if (cf?.contentType) {
    const test = pyContentTypeTest(cf.contentType);
    return [
      ...lines,
      '# No server-side filter by content type: obj.Object().content_type is a HeadObject per key.',
      `for obj in ${coll}:`,
      `    if obj.Object().content_type.split(';')[0].strip().lower()${test}:`,
      '        print(obj.key)',
    ];
  }
  if (cf?.text) {
    const base = labelBaseOf(input.Prefix);
    return [...lines, "# The / filter is awsnav's own, on the name shown (the key after the folder), any case.", `for obj in ${coll}:`, `    if ${pyStr(cf.text.toLowerCase())} in obj.key[${[...base].length}:].lower():`, '        print(obj.key)'];
  }
  return [...lines, `for obj in ${coll}:`, '    print(obj.key)'];
}

function versions(r: AwsRequest): string[] {
  const input = r.input as { Bucket: string };
  const fields = codeFields(r).filter(([k]) => k !== 'Bucket');
  const coll = `bucket.object_versions${fields.length ? `.filter(${pyKwargs(fields)})` : '.all()'}${pageSize(r)}`;
  const only = r.clientFilter?.exactKey !== undefined ? [`    if v.object_key != ${pyStr(r.clientFilter.exactKey)}:`, '        continue  # Prefix also matches longer keys'] : [];
  return [`bucket = s3.Bucket(${pyStr(input.Bucket)})`, `for v in ${coll}:`, ...only, '    print(v.id, v.object_key)'];
}

function instances(r: AwsRequest): string[] {
  const fields = codeFields(r);
  const coll = `ec2.instances${fields.length ? `.filter(${pyKwargs(fields)})` : '.all()'}${pageSize(r)}`;
  const loop = [`for i in ${coll}:`, "    print(i.id, i.state['Name'])"];
  if (!r.everyRegion) return loop;
  return [
    '# awsnav asks every region (DescribeRegions), a few at a time:',
    "for region in [x['RegionName'] for x in ec2.meta.client.describe_regions()['Regions']]:",
    `    ec2 = session.resource('ec2', region_name=region${r.client.endpoint ? `, endpoint_url=${pyStr(r.client.endpoint)}` : ''})`,
    ...loop.map((l) => `    ${l}`),
  ];
}

function stateChange(r: AwsRequest): string[] {
  const w = r.wait!;
  const id = (r.input as { InstanceIds: string[] }).InstanceIds[0];
  const verb = snake(r.operation).replace(/_instances$/, '');
  const note = waiterNote(w);
  const cfg = isDefaultWait(w) ? '' : `WaiterConfig=${pyValue({ Delay: w.config.minDelay, MaxAttempts: w.config.maxAttempts })}`;
  return [
    `instance = ec2.Instance(${pyStr(id)})`,
    `instance.${verb}()`,
    ...(note ? [`# ${note}`] : []),
    `instance.wait_until_${waiterState(w)}(${cfg})`,
    'instance.reload()',
    "print(instance.id, instance.state['Name'])",
  ];
}

function body(r: AwsRequest): string[] {
  if (r.wait) return stateChange(r);
  if (r.deletePrefix) {
    const { bucket, prefix, versions: v } = r.deletePrefix;
    return [
      '# DeleteObjects in batches of 1,000 (its limit), as awsnav does.',
      `s3.Bucket(${pyStr(bucket)}).${v ? 'object_versions' : 'objects'}.filter(Prefix=${pyStr(prefix)}).delete()`,
    ];
  }
  switch (r.operation) {
    case 'ListObjectsV2':
      return objects(r);
    case 'ListObjectVersions':
      return versions(r);
    case 'DescribeInstances': {
      const ids = (r.input as { InstanceIds?: string[] }).InstanceIds;
      if (ids?.length === 1) return [`instance = ec2.Instance(${pyStr(ids[0])})`, 'instance.load()', 'print(instance.meta.data)'];
      return instances(r);
    }
    case 'HeadObject': {
      const { Bucket, Key, VersionId } = r.input as { Bucket: string; Key: string; VersionId?: string };
      if (VersionId) return [`print(s3.ObjectVersion(${pyStr(Bucket)}, ${pyStr(Key)}, ${pyStr(VersionId)}).head())`];
      return [`obj = s3.Object(${pyStr(Bucket)}, ${pyStr(Key)})`, 'obj.load()', 'print(obj.meta.data)'];
    }
    case 'ListBuckets':
      return ['for b in s3.buckets.all():', '    print(b.name)'];
    default:
      return [`print(${r.service}.meta.client.${snake(r.operation)}(${pyKwargs(codeFields(r))}))`];
  }
}

export function boto3ResourceCode(r: AwsRequest): string[] {
  return [...boto3Preamble(r, 'resource'), ...body(r)];
}
