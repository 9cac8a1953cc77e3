// The S3 half of the sandbox, driven over HTTP by the real, unmodified SDK client.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketLocationCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectVersionsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  paginateListObjectsV2,
  type ListObjectVersionsCommandOutput,
} from '@aws-sdk/client-s3';
import { EC2Client, DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni } from '@aws-sdk/credential-providers';
import {
  SANDBOX_ACCOUNTS,
  SyntheticBucketStore,
  startSandbox,
  writeSandboxAwsFiles,
  type Sandbox,
} from '../../src/sandbox/index.js';
import { HOSTILE_KEYS } from '../../src/sandbox/s3/demo/hostile.js';

let sandbox: Sandbox;
const clients: { destroy(): void }[] = [];

function s3(account: 'dev' | 'prod', region?: string): S3Client {
  const a = SANDBOX_ACCOUNTS.find((x) => x.name === account)!;
  const client = new S3Client({
    region: region ?? a.region,
    endpoint: sandbox.url,
    forcePathStyle: true,
    credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey },
    maxAttempts: 1,
  });
  clients.push(client);
  return client;
}

/** Runs `fn`, expecting an S3 error; returns it. */
async function s3Error(fn: () => Promise<unknown>): Promise<S3ServiceException> {
  try {
    await fn();
  } catch (e) {
    assert.ok(e instanceof S3ServiceException, `expected an S3 error, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the call to fail');
}

const decodeS3Url = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));

before(async () => {
  const t0 = performance.now();
  sandbox = await startSandbox();
  assert.ok(performance.now() - t0 < 100, 'the sandbox listens well under 100 ms');
});

after(async () => {
  for (const c of clients) c.destroy();
  await sandbox.close();
});

describe('buckets', () => {
  test('ListBuckets: each account has its own buckets, with regions and an owner', async () => {
    const dev = await s3('dev').send(new ListBucketsCommand({}));
    const prod = await s3('prod').send(new ListBucketsCommand({}));
    const names = (r: typeof dev) => (r.Buckets ?? []).map((b) => b.Name);
    assert.deepEqual(names(dev), ['dev-hostile', 'dev-logs', 'dev-media', 'dev-private', 'dev-versioned']);
    assert.deepEqual(names(prod), ['prod-hostile', 'prod-logs', 'prod-media', 'prod-private', 'prod-versioned']);
    assert.equal(dev.Buckets!.find((b) => b.Name === 'dev-media')!.BucketRegion, 'us-west-2');
    assert.equal(dev.Buckets!.find((b) => b.Name === 'dev-versioned')!.BucketRegion, 'eu-west-1');
    assert.match(dev.Owner!.ID!, /^[0-9a-f]{64}$/);
    assert.notEqual(dev.Owner!.ID, prod.Owner!.ID);
  });

  test('every demo bucket of both accounts lists (the private one answers AccessDenied)', async () => {
    for (const account of ['dev', 'prod'] as const) {
      const { Buckets } = await s3(account).send(new ListBucketsCommand({}));
      for (const b of Buckets!) {
        const client = s3(account, b.BucketRegion);
        if (b.Name!.endsWith('-private')) {
          assert.equal((await s3Error(() => client.send(new ListObjectsV2Command({ Bucket: b.Name })))).name, 'AccessDenied');
          continue;
        }
        const page = await client.send(new ListObjectsV2Command({ Bucket: b.Name, MaxKeys: 1000 }));
        assert.ok(page.KeyCount! > 0, b.Name);
        const first = await client.send(new GetObjectCommand({ Bucket: b.Name, Key: page.Contents![0].Key }));
        assert.equal(first.ETag, page.Contents![0].ETag);
      }
    }
    const media = await s3('prod', 'us-west-2').send(new ListObjectsV2Command({ Bucket: 'prod-media' }));
    const devMedia = await s3('dev', 'us-west-2').send(new ListObjectsV2Command({ Bucket: 'dev-media' }));
    assert.notDeepEqual(media.Contents!.map((o) => o.ETag), devMedia.Contents!.map((o) => o.ETag), 'accounts differ');
  });

  test('ListBuckets pages with MaxBuckets and ContinuationToken', async () => {
    const client = s3('dev');
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(new ListBucketsCommand({ MaxBuckets: 2, ContinuationToken: token }));
      assert.ok(page.Buckets!.length <= 2);
      seen.push(...page.Buckets!.map((b) => b.Name!));
      token = page.ContinuationToken;
    } while (token);
    assert.equal(seen.length, 5);
  });

  test('HeadBucket names the region; GetBucketLocation answers from any region', async () => {
    const head = await s3('dev').send(new HeadBucketCommand({ Bucket: 'dev-logs' }));
    assert.equal(head.BucketRegion, 'us-east-1');
    const loc = await s3('dev', 'us-east-1').send(new GetBucketLocationCommand({ Bucket: 'dev-versioned' }));
    assert.equal(loc.LocationConstraint, 'eu-west-1');
    const east = await s3('dev', 'eu-west-1').send(new GetBucketLocationCommand({ Bucket: 'dev-logs' }));
    assert.ok(!east.LocationConstraint, 'us-east-1 is an empty LocationConstraint');
  });

  test('a request signed for the wrong region is a 301 naming the right one', async () => {
    const err = await s3Error(() => s3('dev', 'us-east-1').send(new ListObjectsV2Command({ Bucket: 'dev-versioned' })));
    assert.equal(err.name, 'PermanentRedirect');
    assert.equal(err.$metadata.httpStatusCode, 301);
    assert.equal(err.$response?.headers['x-amz-bucket-region'], 'eu-west-1');
    const head = await s3Error(() => s3('dev', 'us-west-2').send(new HeadBucketCommand({ Bucket: 'dev-logs' })));
    assert.equal(head.$metadata.httpStatusCode, 301);
    assert.equal(head.$response?.headers['x-amz-bucket-region'], 'us-east-1');
  });

  test('errors: NoSuchBucket, AccessDenied, another account’s bucket, unknown access key', async () => {
    const dev = s3('dev');
    const missing = await s3Error(() => dev.send(new ListObjectsV2Command({ Bucket: 'no-such-bucket' })));
    assert.equal(missing.name, 'NoSuchBucket');
    assert.equal(missing.$metadata.httpStatusCode, 404);
    for (const cmd of [
      new ListObjectsV2Command({ Bucket: 'dev-private' }),
      new GetObjectCommand({ Bucket: 'dev-private', Key: 'payroll/2024.csv' }),
    ]) {
      const err = await s3Error(() => dev.send(cmd as never));
      assert.equal(err.name, 'AccessDenied');
      assert.equal(err.$metadata.httpStatusCode, 403);
    }
    const head = await s3Error(() => dev.send(new HeadObjectCommand({ Bucket: 'dev-private', Key: 'payroll/2024.csv' })));
    assert.equal(head.$metadata.httpStatusCode, 403);
    const foreign = await s3Error(() => s3('prod', 'us-east-1').send(new ListObjectsV2Command({ Bucket: 'dev-logs' })));
    assert.equal(foreign.name, 'AccessDenied');
    const stranger = new S3Client({
      region: 'us-east-1',
      endpoint: sandbox.url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    clients.push(stranger);
    const unknown = await s3Error(() => stranger.send(new ListBucketsCommand({})));
    assert.equal(unknown.name, 'InvalidAccessKeyId');
    assert.equal(unknown.$metadata.httpStatusCode, 403);
  });
});

describe('listing', () => {
  test('paginateListObjectsV2 walks all of dev-logs: ≥ 50,000 keys, sorted, no duplicates', async () => {
    const keys: string[] = [];
    let pages = 0;
    for await (const page of paginateListObjectsV2({ client: s3('dev') }, { Bucket: 'dev-logs' })) {
      pages++;
      assert.ok((page.KeyCount ?? 0) <= 1000);
      for (const o of page.Contents ?? []) keys.push(o.Key!);
    }
    assert.ok(keys.length >= 50_000, `${keys.length} keys`);
    assert.equal(new Set(keys).size, keys.length, 'no duplicates');
    for (let i = 1; i < keys.length; i++) assert.ok(keys[i - 1] < keys[i], `sorted at ${i}`);
    assert.equal(pages, Math.ceil(keys.length / 1000));
  });

  test('MaxKeys above 1,000 is capped at 1,000', async () => {
    const page = await s3('dev').send(new ListObjectsV2Command({ Bucket: 'dev-logs', MaxKeys: 5000 }));
    assert.equal(page.Contents!.length, 1000);
    assert.equal(page.IsTruncated, true);
  });

  test('a folder view of raw/ pages 3,000 objects over 3+ pages; the root rolls raw/ up', async () => {
    const client = s3('dev');
    const root = await client.send(new ListObjectsV2Command({ Bucket: 'dev-logs', Delimiter: '/' }));
    const prefixes = (root.CommonPrefixes ?? []).map((p) => p.Prefix);
    assert.ok(prefixes.includes('raw/'));
    assert.ok(prefixes.includes('2024/'));
    assert.equal(root.KeyCount, (root.Contents?.length ?? 0) + prefixes.length);
    let pages = 0;
    let count = 0;
    let token: string | undefined;
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: 'dev-logs', Prefix: 'raw/', Delimiter: '/', ContinuationToken: token }),
      );
      pages++;
      count += page.Contents?.length ?? 0;
      assert.equal(page.CommonPrefixes, undefined);
      token = page.NextContinuationToken;
    } while (token);
    assert.equal(count, 3000);
    assert.ok(pages >= 3);
    const days = await client.send(new ListObjectsV2Command({ Bucket: 'dev-logs', Prefix: '2024/03/', Delimiter: '/' }));
    assert.equal(days.CommonPrefixes!.length, 31);
    assert.equal(days.CommonPrefixes![0].Prefix, '2024/03/01/');
  });

  test('StartAfter starts strictly after the given key', async () => {
    const page = await s3('dev').send(
      new ListObjectsV2Command({ Bucket: 'dev-logs', Prefix: 'raw/', StartAfter: 'raw/event-01234.json', MaxKeys: 3 }),
    );
    assert.deepEqual(
      page.Contents!.map((o) => o.Key),
      ['raw/event-01235.json', 'raw/event-01236.json', 'raw/event-01237.json'],
    );
    assert.equal(page.StartAfter, 'raw/event-01234.json');
  });

  test('hostile keys round-trip exactly with EncodingType url, and as character references without it', async () => {
    const client = s3('dev');
    const expected = new Set([...HOSTILE_KEYS, 'metadata-with-escapes.txt']);
    const encoded = await client.send(new ListObjectsV2Command({ Bucket: 'dev-hostile', EncodingType: 'url' }));
    assert.equal(encoded.EncodingType, 'url');
    const decoded = encoded.Contents!.map((o) => decodeS3Url(o.Key!));
    assert.deepEqual(new Set(decoded), expected);
    assert.ok(decoded.some((k) => k.includes('\x1b]0;pwned\x07')));
    assert.ok(decoded.some((k) => Buffer.byteLength(k) === 1024));
    const plain = await client.send(new ListObjectsV2Command({ Bucket: 'dev-hostile' }));
    assert.deepEqual(new Set(plain.Contents!.map((o) => o.Key)), expected);
    // Every listed key addresses its object.
    for (const key of decoded) {
      const head = await client.send(new HeadObjectCommand({ Bucket: 'dev-hostile', Key: key }));
      assert.equal(head.ContentType, key === 'metadata-with-escapes.txt' ? 'text/plain' : 'text/plain; charset=utf-8');
    }
    const folders = await client.send(
      new ListObjectsV2Command({ Bucket: 'dev-hostile', Delimiter: '/', Prefix: 'cjk/', EncodingType: 'url' }),
    );
    assert.deepEqual(folders.CommonPrefixes!.map((p) => decodeS3Url(p.Prefix!)), ['cjk/中文目录/']);
    assert.equal(decodeS3Url(folders.Prefix!), 'cjk/');
  });
});

describe('objects', () => {
  test('HeadObject and GetObject return content type, metadata and real bytes', async () => {
    const client = s3('dev', 'us-west-2');
    const head = await client.send(new HeadObjectCommand({ Bucket: 'dev-media', Key: 'docs/notes.txt' }));
    assert.equal(head.ContentType, 'text/plain');
    assert.deepEqual(head.Metadata, { author: 'sandbox', reviewed: 'yes' });
    const png = await client.send(new GetObjectCommand({ Bucket: 'dev-media', Key: 'images/logo.png' }));
    assert.equal(png.ContentType, 'image/png');
    const bytes = Buffer.from(await png.Body!.transformToByteArray());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.ETag, `"${createHash('md5').update(bytes).digest('hex')}"`);
    const missing = await s3Error(() => client.send(new GetObjectCommand({ Bucket: 'dev-media', Key: 'nope' })));
    assert.equal(missing.name, 'NoSuchKey');
    const missingHead = await s3Error(() => client.send(new HeadObjectCommand({ Bucket: 'dev-media', Key: 'nope' })));
    assert.equal(missingHead.$metadata.httpStatusCode, 404);
  });

  test('GetObject with Range: a-b, a-, -n are 206; past the end is 416 InvalidRange', async () => {
    const client = s3('dev', 'us-west-2');
    const whole = Buffer.from(
      await (await client.send(new GetObjectCommand({ Bucket: 'dev-media', Key: 'bin/firmware.bin' }))).Body!.transformToByteArray(),
    );
    assert.equal(whole.length, 4096);
    const cases: [string, number, number][] = [
      ['bytes=0-9', 0, 9],
      ['bytes=4090-', 4090, 4095],
      ['bytes=-16', 4080, 4095],
      ['bytes=4000-99999', 4000, 4095],
    ];
    for (const [range, start, end] of cases) {
      const part = await client.send(new GetObjectCommand({ Bucket: 'dev-media', Key: 'bin/firmware.bin', Range: range }));
      assert.equal(part.$metadata.httpStatusCode, 206, range);
      assert.equal(part.ContentRange, `bytes ${start}-${end}/4096`);
      assert.deepEqual(Buffer.from(await part.Body!.transformToByteArray()), whole.subarray(start, end + 1));
    }
    const bad = await s3Error(() =>
      client.send(new GetObjectCommand({ Bucket: 'dev-media', Key: 'bin/firmware.bin', Range: 'bytes=5000-' })),
    );
    assert.equal(bad.name, 'InvalidRange');
    assert.equal(bad.$metadata.httpStatusCode, 416);
  });

  test('PutObject with a stream body (aws-chunked + CRC32 trailer) stores exactly those bytes', async () => {
    const client = s3('dev', 'us-west-2');
    const data = Buffer.alloc(200_000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 0xff;
    const chunks = [data.subarray(0, 70_000), data.subarray(70_000, 140_001), data.subarray(140_001)];
    const before = sandbox.requests.length;
    let sent: Record<string, string> = {};
    client.middlewareStack.add(
      (next) => async (args) => {
        sent = { ...(args.request as { headers: Record<string, string> }).headers };
        return next(args);
      },
      { step: 'finalizeRequest', name: 'captureHeaders' },
    );
    const put = await client.send(
      new PutObjectCommand({
        Bucket: 'dev-media',
        Key: 'uploads/stream.bin',
        Body: Readable.from(chunks),
        ContentLength: data.length,
        ContentType: 'application/x-test',
        Metadata: { origin: 'test' },
      }),
    );
    assert.equal(sent['content-encoding'], 'aws-chunked', 'the SDK streamed it aws-chunked');
    assert.equal(sent['x-amz-trailer'], 'x-amz-checksum-crc32');
    assert.equal(put.ETag, `"${createHash('md5').update(data).digest('hex')}"`);
    assert.ok(put.ChecksumCRC32, 'the trailer checksum was accepted and echoed');
    const record = sandbox.requests.slice(before).find((r) => r.op === 'PutObject');
    assert.deepEqual(
      { service: record?.service, account: record?.account, bucket: record?.bucket, key: record?.key },
      { service: 's3', account: 'dev', bucket: 'dev-media', key: 'uploads/stream.bin' },
    );
    const got = await client.send(new GetObjectCommand({ Bucket: 'dev-media', Key: 'uploads/stream.bin' }));
    assert.equal(got.ContentType, 'application/x-test');
    assert.deepEqual(got.Metadata, { origin: 'test' });
    assert.deepEqual(Buffer.from(await got.Body!.transformToByteArray()), data);
    const plain = await client.send(new PutObjectCommand({ Bucket: 'dev-media', Key: 'uploads/plain.txt', Body: 'hello' }));
    assert.equal(plain.ETag, `"${createHash('md5').update('hello').digest('hex')}"`);
  });

  test('DeleteObjects: more than 1,000 keys is MalformedXML; per-key results; per-key AccessDenied', async () => {
    const client = s3('dev');
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ Key: `raw/event-${String(i).padStart(5, '0')}.json` }));
    const err = await s3Error(() => client.send(new DeleteObjectsCommand({ Bucket: 'dev-logs', Delete: { Objects: tooMany } })));
    assert.equal(err.name, 'MalformedXML');
    assert.equal(err.$metadata.httpStatusCode, 400);

    const res = await client.send(
      new DeleteObjectsCommand({ Bucket: 'dev-hostile', Delete: { Objects: [{ Key: HOSTILE_KEYS[0] }, { Key: 'cr-\rOVERWRITTEN.txt' }] } }),
    );
    assert.deepEqual(res.Deleted!.map((d) => d.Key), [HOSTILE_KEYS[0], 'cr-\rOVERWRITTEN.txt']);
    await s3Error(() => client.send(new HeadObjectCommand({ Bucket: 'dev-hostile', Key: 'cr-\rOVERWRITTEN.txt' })));

    const quiet = await client.send(
      new DeleteObjectsCommand({ Bucket: 'dev-logs', Delete: { Objects: tooMany.slice(0, 1000), Quiet: true } }),
    );
    assert.equal(quiet.Deleted, undefined);
    const left = await client.send(new ListObjectsV2Command({ Bucket: 'dev-logs', Prefix: 'raw/' }));
    assert.equal(left.KeyCount, 1000);
    assert.equal(left.Contents![0].Key, 'raw/event-01000.json');

    const denied = await client.send(
      new DeleteObjectsCommand({ Bucket: 'dev-private', Delete: { Objects: [{ Key: 'payroll/2024.csv' }] } }),
    );
    assert.equal(denied.Errors?.[0]?.Code, 'AccessDenied');
    assert.equal(denied.Errors?.[0]?.Key, 'payroll/2024.csv');
  });
});

describe('versions', () => {
  const client = () => s3('dev', 'eu-west-1');

  async function allVersions(maxKeys: number) {
    const entries: { key: string; versionId: string; isLatest: boolean; marker: boolean }[] = [];
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    let pages = 0;
    for (;;) {
      const page: ListObjectVersionsCommandOutput = await client().send(
        new ListObjectVersionsCommand({ Bucket: 'dev-versioned', MaxKeys: maxKeys, KeyMarker: keyMarker, VersionIdMarker: versionIdMarker }),
      );
      pages++;
      const items = [
        ...(page.Versions ?? []).map((v) => ({ key: v.Key!, versionId: v.VersionId!, isLatest: v.IsLatest!, marker: false, at: v.LastModified! })),
        ...(page.DeleteMarkers ?? []).map((v) => ({ key: v.Key!, versionId: v.VersionId!, isLatest: v.IsLatest!, marker: true, at: v.LastModified! })),
      ];
      // The SDK splits Version and DeleteMarker apart; S3 orders them by key, then newest first.
      items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.at.getTime() - a.at.getTime()));
      assert.ok(items.length <= maxKeys);
      entries.push(...items.map(({ at: _at, ...rest }) => rest));
      if (!page.IsTruncated) break;
      assert.ok(page.NextKeyMarker);
      keyMarker = page.NextKeyMarker;
      versionIdMarker = page.NextVersionIdMarker;
    }
    return { entries, pages };
  }

  test('GetBucketVersioning: Enabled on -versioned, absent elsewhere', async () => {
    assert.equal((await client().send(new GetBucketVersioningCommand({ Bucket: 'dev-versioned' }))).Status, 'Enabled');
    assert.equal((await s3('dev').send(new GetBucketVersioningCommand({ Bucket: 'dev-logs' }))).Status, undefined);
  });

  test('ListObjectVersions pages with KeyMarker/VersionIdMarker (MaxKeys 5) exactly as one big page', async () => {
    const paged = await allVersions(5);
    const whole = await allVersions(1000);
    assert.equal(whole.pages, 1);
    assert.ok(paged.pages >= 8, `${paged.pages} pages`);
    assert.deepEqual(paged.entries, whole.entries);
    const keys = new Set(whole.entries.map((e) => e.key));
    assert.ok(keys.size >= 12);
    for (const key of keys) {
      const mine = whole.entries.filter((e) => e.key === key);
      assert.ok(mine.length >= 2, `${key} has several versions`);
      assert.equal(mine.filter((e) => e.isLatest).length, 1);
    }
    const deletedNow = whole.entries.filter((e) => e.isLatest && e.marker).map((e) => e.key);
    assert.ok(deletedNow.length >= 3);
    const live = await client().send(new ListObjectsV2Command({ Bucket: 'dev-versioned' }));
    for (const k of deletedNow) assert.ok(!live.Contents!.some((o) => o.Key === k), `${k} is hidden by its delete marker`);
    assert.equal(live.KeyCount, keys.size - deletedNow.length);
  });

  test('versioned writes: PutObject adds a version, DeleteObject a marker, DeleteObject with VersionId removes one', async () => {
    const c = client();
    const v1 = await c.send(new PutObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt', Body: 'one' }));
    const v2 = await c.send(new PutObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt', Body: 'two' }));
    assert.ok(v1.VersionId && v2.VersionId && v1.VersionId !== v2.VersionId);
    const old = await c.send(new GetObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt', VersionId: v1.VersionId }));
    assert.equal(await old.Body!.transformToString(), 'one');
    const del = await c.send(new DeleteObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt' }));
    assert.equal(del.DeleteMarker, true);
    const gone = await s3Error(() => c.send(new GetObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt' })));
    assert.equal(gone.name, 'NoSuchKey');
    await c.send(new DeleteObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt', VersionId: del.VersionId }));
    const back = await c.send(new GetObjectCommand({ Bucket: 'dev-versioned', Key: 'tmp/x.txt' }));
    assert.equal(await back.Body!.transformToString(), 'two');
    const list = await c.send(new ListObjectVersionsCommand({ Bucket: 'dev-versioned', Prefix: 'tmp/' }));
    assert.deepEqual(list.Versions!.map((v) => v.VersionId), [v2.VersionId, v1.VersionId]);
    assert.equal(list.DeleteMarkers, undefined);
  });
});

describe('wire details', () => {
  const signed = (region: string) => ({
    authorization: `AWS4-HMAC-SHA256 Credential=${SANDBOX_ACCOUNTS[0].accessKeyId}/20240101/${region}/s3/aws4_request, SignedHeaders=host, Signature=0`,
  });

  test('presigned URLs pick the account from X-Amz-Credential; anonymous requests are denied', async () => {
    // Signed for real: the sandbox checks a presigned URL's expiry and signature (queryAuth.ts).
    const { getSignedUrl } = await import('@aws-sdk/s3-request-presigner');
    const url = await getSignedUrl(s3('dev', 'us-west-2'), new GetObjectCommand({ Bucket: 'dev-media', Key: 'docs/notes.txt' }), { expiresIn: 60 });
    assert.match(url, new RegExp(`X-Amz-Credential=${SANDBOX_ACCOUNTS[0].accessKeyId}%2F`));
    const ok = await fetch(url);
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /Notes for the dev account/);
    const anonymous = await fetch(`${sandbox.url}/dev-media/docs/notes.txt`);
    assert.equal(anonymous.status, 403);
    assert.match(await anonymous.text(), /<Code>AccessDenied<\/Code>/);
  });

  test('HEAD errors carry no body; unknown sub-resources are 501; bad max-keys is 400', async () => {
    const head = await fetch(`${sandbox.url}/dev-logs/no-such-key`, { method: 'HEAD', headers: signed('us-east-1') });
    assert.equal(head.status, 404);
    assert.equal(await head.text(), '');
    const acl = await fetch(`${sandbox.url}/dev-logs?acl`, { headers: signed('us-east-1') });
    assert.equal(acl.status, 501);
    assert.match(await acl.text(), /<Code>NotImplemented<\/Code>/);
    const bad = await fetch(`${sandbox.url}/dev-logs?list-type=2&max-keys=-1`, { headers: signed('us-east-1') });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /<Code>InvalidArgument<\/Code>/);
  });

  test('without encoding-type, control characters travel as numeric character references', async () => {
    const res = await fetch(`${sandbox.url}/dev-hostile?list-type=2&prefix=bell-`, { headers: signed('us-east-1') });
    const xml = await res.text();
    assert.match(xml, /<Key>bell-&#x7;&#x7;\.txt<\/Key>/);
    assert.ok(!xml.includes('\x07'));
  });
});

describe('sandbox', () => {
  test('versioning suspended: GetBucketVersioning says so; a write and a plain delete are the null version; versions from before stay', async () => {
    const { MemoryBucketStore } = await import('../../src/sandbox/index.js');
    const { StoredVersion } = await import('../../src/sandbox/s3/model.js');
    const before = new StoredVersion({ key: 'k', versionId: 'from-before', lastModified: new Date(Date.UTC(2024, 0, 1)) }, Buffer.from('old'));
    const store = new MemoryBucketStore('Suspended', [before]);
    const box = await startSandbox({ s3Buckets: [{ account: 'dev', name: 'dev-suspended', store }] });
    const client = new S3Client({ region: 'us-east-1', endpoint: box.url, forcePathStyle: true, credentials: SANDBOX_ACCOUNTS[0], maxAttempts: 1 });
    const versions = async () =>
      ((await client.send(new ListObjectVersionsCommand({ Bucket: 'dev-suspended' }))).Versions ?? []).map((v) => [v.VersionId, v.IsLatest]);
    try {
      assert.equal((await client.send(new GetBucketVersioningCommand({ Bucket: 'dev-suspended' }))).Status, 'Suspended');
      assert.equal((await client.send(new PutObjectCommand({ Bucket: 'dev-suspended', Key: 'k', Body: 'one' }))).VersionId, 'null');
      await client.send(new PutObjectCommand({ Bucket: 'dev-suspended', Key: 'k', Body: 'two' }));
      assert.deepEqual(await versions(), [['null', true], ['from-before', false]], 'the second write replaced the null version');
      const del = await client.send(new DeleteObjectCommand({ Bucket: 'dev-suspended', Key: 'k' }));
      assert.equal(del.DeleteMarker, true);
      const out = await client.send(new ListObjectVersionsCommand({ Bucket: 'dev-suspended' }));
      assert.deepEqual((out.DeleteMarkers ?? []).map((m) => m.VersionId), ['null']);
      assert.deepEqual((out.Versions ?? []).map((v) => v.VersionId), ['from-before'], 'the null version gone, the one from before kept');
    } finally {
      client.destroy();
      await box.close();
    }
  });

  test('undeletable keys: DeleteObject is AccessDenied, DeleteObjects reports them key by key and deletes the rest', async () => {
    const { MemoryBucketStore } = await import('../../src/sandbox/index.js');
    const store = new MemoryBucketStore(undefined);
    for (const key of ['a', 'held/1', 'held/2', 'b']) store.put(key, { body: Buffer.from(key), contentType: 'text/plain' });
    const box = await startSandbox({ s3Buckets: [{ account: 'dev', name: 'dev-held', store, undeletable: (k) => k.startsWith('held/') }] });
    const client = new S3Client({ region: 'us-east-1', endpoint: box.url, forcePathStyle: true, credentials: SANDBOX_ACCOUNTS[0], maxAttempts: 1 });
    try {
      const one = await s3Error(() => client.send(new DeleteObjectCommand({ Bucket: 'dev-held', Key: 'held/1' })));
      assert.equal(one.name, 'AccessDenied');
      const out = await client.send(
        new DeleteObjectsCommand({ Bucket: 'dev-held', Delete: { Objects: ['a', 'held/1', 'held/2', 'b'].map((Key) => ({ Key })), Quiet: true } }),
      );
      assert.deepEqual(out.Errors!.map((e) => [e.Key, e.Code]), [['held/1', 'AccessDenied'], ['held/2', 'AccessDenied']]);
      assert.deepEqual(store.list({ maxKeys: 10 }).objects.map((o) => o.key), ['held/1', 'held/2']);
    } finally {
      client.destroy();
      await box.close();
    }
  });

  test('a synthetic 1,000,000-key bucket lists by binary search, never by scanning', async () => {
    let keyAtCalls = 0;
    const pad = (n: number) => String(n).padStart(4, '0');
    const big = await startSandbox({
      s3Buckets: [
        {
          account: 'dev',
          name: 'dev-synthetic',
          store: new SyntheticBucketStore({
            count: 1_000_000,
            keyAt: (i) => {
              keyAtCalls++;
              return `d${pad(Math.floor(i / 1000))}/obj-${pad(i % 1000)}`;
            },
          }),
        },
      ],
    });
    const client = new S3Client({ region: 'us-east-1', endpoint: big.url, forcePathStyle: true, credentials: SANDBOX_ACCOUNTS[0] });
    try {
      const folders = await client.send(new ListObjectsV2Command({ Bucket: 'dev-synthetic', Delimiter: '/' }));
      assert.equal(folders.CommonPrefixes!.length, 1000);
      assert.equal(folders.IsTruncated, false);
      assert.ok(keyAtCalls < 40_000, `${keyAtCalls} keyAt calls for 1,000 common prefixes`);
      keyAtCalls = 0;
      const middle = await client.send(
        new ListObjectsV2Command({ Bucket: 'dev-synthetic', StartAfter: 'd0500/obj-0499', MaxKeys: 1000 }),
      );
      assert.equal(middle.Contents![0].Key, 'd0500/obj-0500');
      assert.equal(middle.Contents!.at(-1)!.Key, 'd0501/obj-0499');
      const next = await client.send(
        new ListObjectsV2Command({ Bucket: 'dev-synthetic', ContinuationToken: middle.NextContinuationToken }),
      );
      assert.equal(next.Contents![0].Key, 'd0501/obj-0500');
      assert.ok(keyAtCalls < 6_000, `${keyAtCalls} keyAt calls for two pages`);
      const obj = await client.send(new GetObjectCommand({ Bucket: 'dev-synthetic', Key: 'd0999/obj-0999' }));
      assert.equal(obj.ContentLength, 1024);
    } finally {
      client.destroy();
      await big.close();
    }
  });

  test('EC2 and STS requests are routed to their modules by the credential scope, and logged', async () => {
    const a = SANDBOX_ACCOUNTS[0];
    const ec2 = new EC2Client({ region: a.region, endpoint: sandbox.url, credentials: a, maxAttempts: 1 });
    clients.push(ec2);
    await ec2.send(new DescribeInstancesCommand({}));
    assert.deepEqual(
      { service: sandbox.requests.at(-1)?.service, op: sandbox.requests.at(-1)?.op, account: sandbox.requests.at(-1)?.account },
      { service: 'ec2', op: 'DescribeInstances', account: 'dev' },
    );
    const sts = new STSClient({ region: a.region, endpoint: sandbox.url, credentials: a, maxAttempts: 1 });
    clients.push(sts);
    await sts.send(new GetCallerIdentityCommand({}));
    assert.deepEqual(
      { service: sandbox.requests.at(-1)?.service, op: sandbox.requests.at(-1)?.op, account: sandbox.requests.at(-1)?.account },
      { service: 'sts', op: 'GetCallerIdentity', account: 'dev' },
    );
  });

  test('latencyMs delays every response; close() ends keep-alive connections', async () => {
    const slow = await startSandbox({ latencyMs: 60 });
    const a = SANDBOX_ACCOUNTS[0];
    const client = new S3Client({ region: a.region, endpoint: slow.url, forcePathStyle: true, credentials: a });
    const t0 = performance.now();
    await client.send(new ListBucketsCommand({}));
    assert.ok(performance.now() - t0 >= 55);
    assert.equal(slow.requests.length, 1);
    await slow.close();
    client.destroy();
  });

  test('writeSandboxAwsFiles writes dev and prod profiles the SDK can load', async () => {
    const files = writeSandboxAwsFiles(sandbox.url);
    try {
      assert.match(readFileSync(files.configFile, 'utf8'), new RegExp(`\\[profile prod\\][^[]*endpoint_url = ${sandbox.url}`));
      const creds = await fromIni({ profile: 'prod', filepath: files.credentialsFile, configFilepath: files.configFile })();
      assert.equal(creds.accessKeyId, 'AKIASANDBOXPROD00001');
    } finally {
      files.cleanup();
    }
    assert.equal(existsSync(files.dir), false);
  });
});
