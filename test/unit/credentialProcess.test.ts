// credential_process output, read as the SDK's getValidatedProcessCredentials reads it (awsnav runs the
// command itself so it can kill it; credentialProcess.ts), and marked with the SDK's own flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProcessOutput, runCredentialProcess } from '../../src/data/credentialProcess';
import { sourceOf } from '../../src/data/credentials';

const p = { name: 'helper', kind: 'process' as const, source: 'file' as const };

test('Version 1 with keys, token, expiry and account; the source reads "process"', () => {
  const c = parseProcessOutput('helper', JSON.stringify({ Version: 1, AccessKeyId: 'AKIA1', SecretAccessKey: 's', SessionToken: 't', Expiration: '2999-01-01T00:00:00Z', AccountId: '123456789012' }));
  assert.deepEqual([c.accessKeyId, c.sessionToken, c.expiration?.toISOString(), c.accountId], ['AKIA1', 't', '2999-01-01T00:00:00.000Z', '123456789012']);
  assert.equal(sourceOf(c, p), 'process');
});

test('the SDK\'s refusals, word for word: not JSON, not Version 1, no keys, expired', () => {
  assert.throws(() => parseProcessOutput('helper', 'nope'), /credential_process returned invalid JSON/);
  assert.throws(() => parseProcessOutput('helper', '{"Version":2}'), /did not return Version 1/);
  assert.throws(() => parseProcessOutput('helper', '{"Version":1}'), /returned invalid credentials/);
  assert.throws(() => parseProcessOutput('helper', '{"Version":1,"AccessKeyId":"a","SecretAccessKey":"s","Expiration":"2000-01-01T00:00:00Z"}'), /returned expired credentials/);
});

test('a command that fails says its exit code and the first line of stderr, never its stdout', async () => {
  const cmd = `"${process.execPath}" -e "console.log('SECRET'); console.error('no session: run helper login'); process.exit(3)"`;
  await assert.rejects(runCredentialProcess('helper', cmd, new AbortController().signal), (e: Error) => {
    assert.equal(e.message, 'Profile helper credential_process exited with 3: no session: run helper login.');
    return true;
  });
});

test('abort ends the command at once', async () => {
  const ac = new AbortController();
  const run = runCredentialProcess('helper', `"${process.execPath}" -e "setInterval(() => {}, 1000)"`, ac.signal);
  setTimeout(() => ac.abort(), 50);
  const t0 = Date.now();
  await assert.rejects(run, { name: 'AbortError' });
  assert.ok(Date.now() - t0 < 500);
});
