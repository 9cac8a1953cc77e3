// The JavaScript SDK v3 tab: the client config awsnav uses (profile, region, endpoint, path style),
// the SDK's paginators and waitUntil* functions, and the same input — EncodingType 'url' included,
// since this SDK, unlike boto3, does not decode keys by itself.
import type { AwsRequest } from '../request';
import { codeFields, labelBaseOf, waiterNote } from './names';
import { jsStr, jsValue } from './quote';

const clientClass = (r: AwsRequest) => (r.service === 's3' ? 'S3Client' : 'EC2Client');
const pkg = (r: AwsRequest) => `@aws-sdk/client-${r.service}`;
const input = (r: AwsRequest) => jsValue(Object.fromEntries(codeFields(r, true)));

function clientConfig(r: AwsRequest, region?: string): string {
  const c = r.client;
  return jsValue({ profile: c.profile, region: region ?? c.region, endpoint: c.endpoint, forcePathStyle: c.forcePathStyle }).replace(/region: '\$region'/, 'region');
}

const DECODE = [
  "// EncodingType 'url' lets every key through XML; the SDK leaves the keys encoded, so decode them.",
  "const decode = (k) => decodeURIComponent(k.replace(/\\+/g, ' '));",
];

function objectLines(r: AwsRequest): { imports: string[]; lines: string[] } {
  const cf = r.clientFilter;
  const base = labelBaseOf((r.input as { Prefix?: string }).Prefix);
  const loop = `for await (const page of paginateListObjectsV2({ client${r.pageSize !== undefined ? `, pageSize: ${r.pageSize}` : ''} }, ${input(r)})) {`;
  if (cf?.contentType) {
    const t = cf.contentType.toLowerCase();
    const test = t.endsWith('/*') ? `.startsWith(${jsStr(t.slice(0, -1))})` : ` === ${jsStr(t)}`;
    return {
      imports: ['paginateListObjectsV2', 'HeadObjectCommand'],
      lines: [
        ...DECODE,
        '// No server-side filter by content type: HeadObject per key (awsnav asks 16 at a time, as you scroll).',
        loop,
        '  for (const o of page.Contents ?? []) {',
        '    const key = decode(o.Key);',
        `    const head = await client.send(new HeadObjectCommand({ Bucket: ${jsStr((r.input as { Bucket: string }).Bucket)}, Key: key }));`,
        `    if ((head.ContentType ?? '').split(';')[0].trim().toLowerCase()${test}) console.log(key);`,
        '  }',
        '}',
      ],
    };
  }
  const show = cf?.text
    ? [`  // The / filter is awsnav's own: the name shown (the key after ${jsStr(base)}) holds the text, any case.`, `  for (const key of keys) if (key.slice(${base.length}).toLowerCase().includes(${jsStr(cf.text.toLowerCase())})) console.log(key);`]
    : ['  for (const key of keys) console.log(key);'];
  return {
    imports: ['paginateListObjectsV2'],
    lines: [...DECODE, loop, '  const keys = [...(page.CommonPrefixes ?? []).map((p) => decode(p.Prefix)), ...(page.Contents ?? []).map((o) => decode(o.Key))];', ...show, '}'],
  };
}

function versionLines(r: AwsRequest): { imports: string[]; lines: string[] } {
  const only = r.clientFilter?.exactKey !== undefined ? `    if (key !== ${jsStr(r.clientFilter.exactKey)}) continue; // Prefix also matches longer keys` : undefined;
  return {
    imports: ['ListObjectVersionsCommand'],
    lines: [
      ...DECODE,
      '// The SDK has no paginator for ListObjectVersions: a loop on its two markers.',
      'let KeyMarker, VersionIdMarker;',
      'for (;;) {',
      `  const page = await client.send(new ListObjectVersionsCommand({ ...${input(r)}${r.pageSize !== undefined ? `, MaxKeys: ${r.pageSize}` : ''}, KeyMarker, VersionIdMarker }));`,
      '  for (const v of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {',
      '    const key = decode(v.Key);',
      ...(only ? [only] : []),
      '    console.log(v.VersionId, key);',
      '  }',
      '  if (!page.IsTruncated) break;',
      '  KeyMarker = decode(page.NextKeyMarker);',
      '  VersionIdMarker = page.NextVersionIdMarker;',
      '}',
    ],
  };
}

function instanceLines(r: AwsRequest): { imports: string[]; lines: string[] } {
  const loop = [
    `for await (const page of paginateDescribeInstances({ client${r.pageSize !== undefined ? `, pageSize: ${r.pageSize}` : ''} }, ${input(r)})) {`,
    '  for (const i of (page.Reservations ?? []).flatMap((x) => x.Instances ?? [])) console.log(i.InstanceId, i.State?.Name);',
    '}',
  ];
  if (!r.everyRegion) return { imports: ['paginateDescribeInstances'], lines: loop };
  return {
    imports: ['paginateDescribeInstances', 'DescribeRegionsCommand'],
    lines: [
      '// awsnav asks every region (DescribeRegions), a few at a time:',
      'for (const { RegionName: region } of (await client.send(new DescribeRegionsCommand({}))).Regions ?? []) {',
      `  const client = new EC2Client(${clientConfig(r, '$region')});`,
      ...loop.map((l) => `  ${l}`),
      '}',
    ],
  };
}

function stateLines(r: AwsRequest): { imports: string[]; lines: string[] } {
  const w = r.wait!;
  const note = waiterNote(w);
  const { minDelay, maxDelay, maxAttempts } = w.config;
  const fn = `waitUntil${w.waiter}`;
  return {
    imports: [`${r.operation}Command`, fn, 'DescribeInstancesCommand'],
    lines: [
      `await client.send(new ${r.operation}Command(${input(r)}));`,
      ...(note ? [`// ${note}`] : []),
      `// The SDK's waiters count time, not attempts: ${maxAttempts} polls at most ${maxDelay} s apart.`,
      `await ${fn}({ client, minDelay: ${minDelay}, maxDelay: ${maxDelay}, maxWaitTime: ${maxAttempts * maxDelay} }, ${jsValue(w.input)});`,
      `const out = await client.send(new DescribeInstancesCommand(${jsValue(w.input)}));`,
      'for (const i of (out.Reservations ?? []).flatMap((x) => x.Instances ?? [])) console.log(i.InstanceId, i.State?.Name);',
    ],
  };
}

function deleteLines(r: AwsRequest): { imports: string[]; lines: string[] } {
  const { bucket, prefix, versions } = r.deletePrefix!;
  const list = versions
    ? ['ListObjectVersionsCommand', '// (ListObjectVersions has no paginator: see the versions listing for the marker loop.)']
    : ['paginateListObjectsV2'];
  return {
    imports: [list[0], 'DeleteObjectsCommand'],
    lines: versions
      ? [list[1], '// Collect { Key, VersionId } of Versions and DeleteMarkers, then DeleteObjects 1,000 at a time.']
      : [
          '// Pages of up to 1,000 keys, each deleted in one DeleteObjects (its limit); errors are per key.',
          `for await (const page of paginateListObjectsV2({ client }, ${jsValue({ Bucket: bucket, Prefix: prefix })})) {`,
          '  const Objects = (page.Contents ?? []).map((o) => ({ Key: o.Key }));',
          '  if (!Objects.length) continue;',
          `  const out = await client.send(new DeleteObjectsCommand({ Bucket: ${jsStr(bucket)}, Delete: { Objects, Quiet: true } }));`,
          "  for (const e of out.Errors ?? []) console.log('not deleted:', e.Key, e.Code);",
          '}',
        ],
  };
}

function parts(r: AwsRequest): { imports: string[]; lines: string[] } {
  if (r.wait) return stateLines(r);
  if (r.deletePrefix) return deleteLines(r);
  switch (r.operation) {
    case 'ListObjectsV2':
      return objectLines(r);
    case 'ListObjectVersions':
      return versionLines(r);
    case 'DescribeInstances':
      if ((r.input as { InstanceIds?: string[] }).InstanceIds) break;
      return instanceLines(r);
    case 'ListBuckets':
      return { imports: ['paginateListBuckets'], lines: ['for await (const page of paginateListBuckets({ client }, {})) {', '  for (const b of page.Buckets ?? []) console.log(b.Name);', '}'] };
  }
  return { imports: [`${r.operation}Command`], lines: [`console.log(await client.send(new ${r.operation}Command(${input(r)})));`] };
}

export function jsCode(r: AwsRequest): string[] {
  const { imports, lines } = parts(r);
  return [
    `import { ${[clientClass(r), ...new Set(imports)].join(', ')} } from '${pkg(r)}';`,
    '',
    `const client = new ${clientClass(r)}(${clientConfig(r)});`,
    ...lines,
  ];
}
