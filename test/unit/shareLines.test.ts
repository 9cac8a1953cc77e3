import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportLine, sandboxFilesOf, shareLines } from '../../src/sandbox/shareLines';

test('the export line names the three variables, quoting a path with a space for the shell', () => {
  const f = { configFile: '/tmp/a b/config', credentialsFile: '/tmp/x/credentials', url: 'http://127.0.0.1:4566' };
  assert.equal(exportLine(f), "export AWS_CONFIG_FILE='/tmp/a b/config' AWS_SHARED_CREDENTIALS_FILE=/tmp/x/credentials AWS_ENDPOINT_URL=http://127.0.0.1:4566");
  assert.ok(shareLines(f).some((l) => l.includes('2.13')), 'the old aws-cli note');
  assert.equal(sandboxFilesOf({}), undefined, 'outside sandbox mode there is nothing to share');
});
