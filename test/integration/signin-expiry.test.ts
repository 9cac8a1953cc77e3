// The SSO sign-in ends in the middle of a listing: the next page fails with an error that names :login,
// nothing is sent to S3 meanwhile; after signing in again the listing continues from the page it
// stopped at (the next continuation token), with nothing read again from the start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { startSandbox } from '../../src/sandbox/index';
import { loadAwsConfig } from '../../src/data/profiles';
import { SessionRegistry } from '../../src/data/sessionRegistry';
import { JobRegistry } from '../../src/data/jobs';
import { Pager } from '../../src/data/pager';
import { explain } from '../../src/data/errors';
import { listObjects, type ObjectEntry } from '../../src/data/s3/objects';
import { startSsoLogin } from '../../src/data/sso/loginJob';
import { cliTimestamp, ssoTokenPath } from '../../src/data/sso/cache';
import type { ListOptions } from '../../src/data/tree';
import { ssoConfig, useSignInEnv, until } from '../helpers/signin';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: ReturnType<typeof useSignInEnv>;
before(async () => {
  // Role credentials that are over at once: every request resolves them again through the SSO token,
  // as happens for real once the hour of the last ones has passed.
  sandbox = await startSandbox({ sso: { approveAfterPolls: 1, roleCredentialsSeconds: 0 } });
  env = useSignInEnv(ssoConfig(sandbox.url));
});
after(async () => {
  env.undo();
  await sandbox.close();
});

const fast = async () => {};
const lists = () => sandbox.requests.filter((r) => r.op === 'ListObjectsV2').length;

test('expired mid-listing: the error says :login; after it the listing goes on from the same page', async () => {
  const { profiles } = await loadAwsConfig(process.env);
  const session = new SessionRegistry(profiles, { maxAttempts: 1, timeouts: { credentialsMs: 3_000 } }).session('corp-sso')!;
  const jobs = new JobRegistry();
  const first = await startSsoLogin(jobs, session, { sleep: fast });
  await until(() => jobs.get(first.job.id)!.status === 'succeeded', 'the first sign-in');

  const s3 = await session.s3('us-east-1');
  const cursors: (string | undefined)[] = [];
  const pager = new Pager<ObjectEntry>((o: ListOptions) => {
    cursors.push(o.cursor);
    return listObjects(s3, { bucket: 'dev-logs' }, o);
  }, { pageSize: 100 });
  pager.ensure(0, 150);
  await until(() => pager.length >= 200 && !pager.loading, 'two pages');
  assert.equal(lists(), 2);
  const firstRow = pager.at(0);

  // The clock passes the token's end (as the AWS CLI's cache file would say).
  const file = ssoTokenPath('corp', env.home);
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), expiresAt: cliTimestamp(Date.now() - 60_000) }));
  pager.ensure(pager.length - 1, 100);
  await until(() => pager.error !== undefined, 'the next page to fail');
  assert.deepEqual(explain(pager.error), {
    code: 'CredentialError',
    message: 'The SSO sign-in of profile corp-sso has expired.',
    hint: 'Sign in with :login (or aws sso login --profile corp-sso), then retry (r).',
  });
  assert.equal(lists(), 2, 'nothing sent to S3 without credentials');

  const again = await startSsoLogin(jobs, session, { sleep: fast });
  assert.equal(again.again, false);
  await until(() => jobs.get(again.job.id)!.status === 'succeeded', 'signing in again');
  pager.retry();
  await until(() => pager.length >= 300 && !pager.loading && pager.error === undefined, 'the third page');
  // One more ListObjectsV2, from page 2's continuation token; page 1 was not read again.
  assert.equal(lists(), 3);
  // The listing was opened twice: from the start, and after the sign-in from page 2's token.
  assert.equal(cursors.length, 2);
  assert.equal(cursors[0], undefined);
  assert.ok(cursors[1] !== undefined, 'resumed from a continuation token, not from the start');
  assert.equal(pager.at(0), firstRow);
  assert.notEqual(pager.at(199)?.key, pager.at(200)?.key);
});

test('a session ended elsewhere (the portal refuses the token): the same hint, and :login mends it', async () => {
  const { profiles } = await loadAwsConfig(process.env);
  const session = new SessionRegistry(profiles, { maxAttempts: 1, timeouts: { credentialsMs: 3_000 } }).session('legacy-sso')!;
  const jobs = new JobRegistry();
  const first = await startSsoLogin(jobs, session, { sleep: fast });
  await until(() => jobs.get(first.job.id)!.status === 'succeeded', 'the first sign-in');
  const s3 = await session.s3();
  await s3.send(new ListBucketsCommand({}));
  sandbox.sso.revokeAll();
  const err = await s3.send(new ListBucketsCommand({})).catch((e: unknown) => e);
  assert.deepEqual(explain(err), {
    code: 'CredentialError',
    message: 'No valid SSO token.',
    hint: 'Sign in with :login (or aws sso login --profile legacy-sso), then retry (r).',
  });
  const again = await startSsoLogin(jobs, session, { sleep: fast });
  await until(() => jobs.get(again.job.id)!.status === 'succeeded', 'signing in again');
  const out = await s3.send(new ListBucketsCommand({}));
  assert.ok(out.Buckets?.some((b) => b.Name === 'prod-logs'), 'the same client works again: nothing rebuilt');
});
