// A hostile endpoint on 127.0.0.1 (issue 12): it speaks just enough S3 REST XML, EC2 Query XML and
// STS Query XML for awsnav to walk it, and every name, tag, AMI, error code and error message it
// answers with carries terminal controls: C0/C1 controls, CSI (clear screen), OSC 0/2 (window title),
// OSC 8 (hyperlink), DCS, bidi overrides and zero-width characters. What a custom endpoint (a proxy,
// LocalStack, a typo'd host) could send; AWS itself echoes input back in messages.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The window title the endpoint tries to set, in every answer: a test looks for it in the pane title. */
export const PWNED = 'PWNED-BY-ENDPOINT';

export const EVIL = {
  c0: '\u0000\u0007\u0008\r',
  c1: '\u009b2J\u009d0;PWNED-C1\u009c',
  csi: '\u001b[2J\u001b[H\u001b[31m',
  title: `\u001b]0;${PWNED}\u0007`,
  titleSt: `\u001b]2;${PWNED}\u001b\\`,
  link: '\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\',
  // (No '#' or ':' before here: the SDK cuts an error code at them, and the title must survive.)
  dcs: '\u001bP1$qm\u001b\\',
  bidi: '\u202e\u2066',
  zw: '\u200b\u200d\u2060\ufeff',
};

const ALL = Object.values(EVIL).join('');

/** `what`, with every kind of hostile character in it, readable ends (`what…end`) to look for. */
export const hostile = (what: string) => `${what}${ALL}end`;

export const BUCKETS = {
  /** Lists hostile keys and prefixes. (The SDK refuses a bucket name with a '/' in it.) */
  named: hostile('bkt').replaceAll('/', ''),
  plain: 'plain-bucket',
  /** Every request answers an S3 REST XML error with a hostile Code and Message. */
  broken: 'broken-bucket',
  /** Answers a JSON error body (a proxy in front of S3), which the XML client cannot read. */
  json: 'json-bucket',
};
export const S3_ERROR = { code: hostile('S3Code'), message: hostile('S3 says no') };
export const JSON_ERROR = { code: hostile('JsonCode'), message: hostile('json says no') };
export const STS_ERROR = { code: hostile('StsCode'), message: hostile('The security token included in the request is invalid') };
/** The region whose EC2 calls fail with a hostile EC2 error; every other region lists INSTANCES. */
export const BROKEN_REGION = 'eu-west-1';
/** DescribeRegions: two real names and one a client cannot even sign a request for. */
export const REGIONS = ['us-east-1', BROKEN_REGION, hostile('rg').replaceAll('/', '')];
export const EC2_ERROR = { code: hostile('Ec2Code'), message: hostile("The instance ID 'i-0'") };
export const INSTANCES = [
  { id: 'i-0aaaaaaaaaaaaaaa1', name: hostile('web'), tags: [[hostile('team'), hostile('ops')]] },
  { id: 'i-0aaaaaaaaaaaaaaa2', name: `db${EVIL.bidi}gpj.exe`, tags: [['env', hostile('prod')]] },
];
export const IMAGES = [{ id: 'ami-0hostile00000001', name: hostile('ami-name'), description: hostile('ami-desc') }];
export const KEYS = [hostile('key'), 'readme.txt', `dir${EVIL.title}/`];
/** The body a preview of readme.txt shows. */
export const README = `line one ${EVIL.csi}${EVIL.title}\nline two ${EVIL.link}${EVIL.bidi}\n`;

// XML 1.0 cannot carry C0 controls, but the SDK's parser (fast-xml-parser) reads them raw, as a
// hostile server would send them.
const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const DATE = '2024-01-02T03:04:05.000Z';

export interface HostileEndpoint {
  url: string;
  /** Every request seen: `S3 GET /path` or `EC2 DescribeInstances eu-west-1`. */
  requests: string[];
  close(): Promise<void>;
}

export async function startHostileEndpoint(): Promise<HostileEndpoint> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        answer(req, Buffer.concat(chunks).toString('utf8'), res, requests);
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(req: IncomingMessage, body: string, res: ServerResponse, requests: string[]) {
  const scope = /Credential=[^/]+\/\d+\/([^/]+)\/([^/]+)\//.exec(req.headers.authorization ?? '');
  const [region, service] = scope ? [scope[1], scope[2]] : ['us-east-1', 's3'];
  const form = new URLSearchParams(req.method === 'POST' ? body : '');
  const action = form.get('Action');
  if (action && service === 'sts') {
    requests.push(`STS ${action}`);
    return xml(res, 403, `<ErrorResponse><Error><Type>Sender</Type><Code>${x(STS_ERROR.code)}</Code><Message>${x(STS_ERROR.message)}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`);
  }
  if (action) {
    requests.push(`EC2 ${action} ${region}`);
    return ec2(res, action, region);
  }
  const url = new URL(req.url ?? '/', 'http://h');
  requests.push(`S3 ${req.method} ${url.pathname}${url.search}`);
  return s3(req, res, url);
}

function xml(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': 'r-1' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n${text}`);
}

function ec2(res: ServerResponse, action: string, region: string) {
  const ns = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"';
  if (action === 'DescribeRegions') {
    const items = REGIONS.map((r) => `<item><regionName>${x(r)}</regionName><regionEndpoint>ec2.${x(r)}.amazonaws.com</regionEndpoint></item>`);
    return xml(res, 200, `<DescribeRegionsResponse ${ns}><requestId>r-1</requestId><regionInfo>${items.join('')}</regionInfo></DescribeRegionsResponse>`);
  }
  if (region === BROKEN_REGION || !['DescribeInstances', 'DescribeImages'].includes(action)) {
    return xml(res, 400, `<Response><Errors><Error><Code>${x(EC2_ERROR.code)}</Code><Message>${x(EC2_ERROR.message)}</Message></Error></Errors><RequestID>r-1</RequestID></Response>`);
  }
  if (action === 'DescribeImages') {
    const items = IMAGES.map(
      (i) => `<item><imageId>${i.id}</imageId><name>${x(i.name)}</name><description>${x(i.description)}</description><creationDate>${DATE}</creationDate><imageState>available</imageState></item>`,
    );
    return xml(res, 200, `<DescribeImagesResponse ${ns}><requestId>r-1</requestId><imagesSet>${items.join('')}</imagesSet></DescribeImagesResponse>`);
  }
  const tag = (k: string, v: string) => `<item><key>${x(k)}</key><value>${x(v)}</value></item>`;
  const items = INSTANCES.map(
    (i, n) =>
      `<item><instanceId>${i.id}</instanceId><imageId>${IMAGES[0].id}</imageId><instanceState><code>16</code><name>running</name></instanceState>` +
      `<instanceType>t3.micro</instanceType><placement><availabilityZone>${region}a</availabilityZone></placement><privateIpAddress>10.0.0.${n + 1}</privateIpAddress>` +
      `<keyName>${x(hostile('key'))}</keyName><launchTime>${DATE}</launchTime><tagSet>${tag('Name', i.name)}${i.tags.map(([k, v]) => tag(k, v)).join('')}</tagSet></item>`,
  );
  return xml(
    res,
    200,
    `<DescribeInstancesResponse ${ns}><requestId>r-1</requestId><reservationSet><item><reservationId>r-0</reservationId><ownerId>111111111111</ownerId><instancesSet>${items.join('')}</instancesSet></item></reservationSet></DescribeInstancesResponse>`,
  );
}

function s3(req: IncomingMessage, res: ServerResponse, url: URL) {
  const [bucket, ...rest] = url.pathname.slice(1).split('/').map(decodeURIComponent);
  const key = rest.join('/');
  if (!bucket) {
    const items = Object.values(BUCKETS).map((b) => `<Bucket><Name>${x(b)}</Name><CreationDate>${DATE}</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket>`);
    return xml(res, 200, `<ListAllMyBucketsResult><Owner><ID>o</ID><DisplayName>${x(hostile('owner'))}</DisplayName></Owner><Buckets>${items.join('')}</Buckets></ListAllMyBucketsResult>`);
  }
  if (bucket === BUCKETS.broken) {
    return xml(res, 400, `<Error><Code>${x(S3_ERROR.code)}</Code><Message>${x(S3_ERROR.message)}</Message><RequestId>r-1</RequestId></Error>`);
  }
  if (bucket === BUCKETS.json) {
    res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': JSON_ERROR.code.replace(/[^\t\x20-\x7e\x80-\xff]/g, '') });
    return res.end(JSON.stringify({ __type: JSON_ERROR.code, message: JSON_ERROR.message }));
  }
  if (url.searchParams.has('location')) return xml(res, 200, '<LocationConstraint/>');
  if (!key && req.method === 'GET') {
    const prefix = url.searchParams.get('prefix') ?? '';
    const enc = (s: string) => encodeURIComponent(s);
    const under = KEYS.filter((k) => k.startsWith(prefix) && k !== prefix);
    const files = under.filter((k) => !k.slice(prefix.length).includes('/'));
    const dirs = [...new Set(under.filter((k) => k.slice(prefix.length).includes('/')).map((k) => k.slice(0, k.indexOf('/', prefix.length) + 1)))];
    const contents = files.map(
      (k) => `<Contents><Key>${enc(k)}</Key><LastModified>${DATE}</LastModified><ETag>"e"</ETag><Size>${k === 'readme.txt' ? README.length : 7}</Size><StorageClass>${x(hostile('CLASS'))}</StorageClass></Contents>`,
    );
    const prefixes = dirs.map((k) => `<CommonPrefixes><Prefix>${enc(k)}</Prefix></CommonPrefixes>`);
    return xml(
      res,
      200,
      `<ListBucketResult><Name>${x(bucket)}</Name><Prefix>${enc(prefix)}</Prefix><KeyCount>${under.length}</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>${contents.join('')}${prefixes.join('')}</ListBucketResult>`,
    );
  }
  // HeadObject / GetObject: headers are latin-1, so C1 controls (a CSI, an OSC) fit where ESC cannot.
  const headers = {
    'content-type': 'text/plain\u009b2J\u009d0;PWNED-C1\u009c',
    'content-length': String(Buffer.byteLength(README)),
    'last-modified': new Date(DATE).toUTCString(),
    etag: '"e"',
    'x-amz-meta-note': 'meta\u009b31m\u0085',
  };
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : README);
}
