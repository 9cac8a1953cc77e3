// `awsnav sandbox`: no UI, only the endpoint and the export line; the AWS SDK pointed by that line
// alone (no profile flags of awsnav's) sees the demo buckets; Ctrl-C stops it and removes its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
import { waitFor } from '../helpers/ink';

test('awsnav sandbox prints the files and an export line that the SDK can use; Ctrl-C cleans up', async () => {
  const child = spawn(process.execPath, ['dist/cli.js', 'sandbox'], { env: { ...process.env, AWSNAV_LOG_FILE: '/dev/null' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  try {
    await waitFor(() => /^export .*AWS_ENDPOINT_URL=\S+$/m.test(out), 'the export line', 15_000, () => out);
    const vars = Object.fromEntries(/^export (.*)$/m.exec(out)![1].split(' ').map((kv) => kv.split('=') as [string, string]));
    assert.deepEqual(Object.keys(vars), ['AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_ENDPOINT_URL']);
    assert.match(vars.AWS_ENDPOINT_URL, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(existsSync(vars.AWS_CONFIG_FILE) && existsSync(vars.AWS_SHARED_CREDENTIALS_FILE));
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: vars.AWS_ENDPOINT_URL,
      forcePathStyle: true,
      credentials: fromIni({ profile: 'dev', filepath: vars.AWS_SHARED_CREDENTIALS_FILE, configFilepath: vars.AWS_CONFIG_FILE }),
    });
    const { Buckets } = await s3.send(new ListBucketsCommand({}));
    assert.ok(Buckets?.some((b) => b.Name === 'dev-logs'), 'the demo buckets');
    child.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.match(out, /stopped/);
    assert.ok(!existsSync(vars.AWS_CONFIG_FILE), 'its files are removed');
  } finally {
    child.kill('SIGKILL');
  }
});
