import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportLine, sandboxFilesOf, shareLines } from '../../src/sandbox/shareLines';

test('the export line names the three variables, quoting a path with a space for the shell', () => {
  const f = { configFile: '/tmp/a b/config', credentialsFile: '/tmp/x/credentials', url: 'http://127.0.0.1:4566' };
  assert.equal(exportLine(f), "export AWS_CONFIG_FILE='/tmp/a b/config' AWS_SHARED_CREDENTIALS_FILE=/tmp/x/credentials AWS_ENDPOINT_URL=http://127.0.0.1:4566");
  assert.ok(shareLines(f).some((l) => l.includes('2.13')), 'the old aws-cli note');
  assert.equal(sandboxFilesOf({}), undefined, 'outside sandbox mode there is nothing to share');
});

test('for a narrow view the export line is cut with continuations that a shell joins back', async () => {
  const { execFileSync } = await import('node:child_process');
  const f = { configFile: '/tmp/c', credentialsFile: '/tmp/k', url: 'http://127.0.0.1:1' };
  const lines = shareLines(f, true);
  const cut = lines.filter((l) => /^(export |  AWS_)/.test(l));
  assert.equal(cut.length, 3);
  assert.ok(cut.every((l) => l.length <= 76), 'each piece fits 80 columns');
  const printed = execFileSync('bash', ['-c', `${cut.join('\n')}\necho "$AWS_CONFIG_FILE $AWS_SHARED_CREDENTIALS_FILE $AWS_ENDPOINT_URL"`], { encoding: 'utf8' });
  assert.equal(printed.trim(), '/tmp/c /tmp/k http://127.0.0.1:1');
});
