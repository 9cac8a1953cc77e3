// Sessions over HTTP against the sandbox with the SDK's real providers: static keys, assume-role with and
// without MFA (STS in the sandbox), SSO with no cached token, a slow credential_process, an endpoint that
// never answers. Each ends in an account id or in a clear error, within its time limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { loadAwsConfig } from '../../src/data/profiles';
import { loadAwsnavConfig } from '../../src/data/config';
import { SessionRegistry, type RegistryOptions } from '../../src/data/sessionRegistry';
import type { IdentityState } from '../../src/data/sts';
import type { Session } from '../../src/data/session';
import { explain } from '../../src/data/errors';
import { sandboxProfilesFixture } from '../helpers/sandboxProfiles';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const fx = sandboxProfilesFixture();

async function registry(extra: Partial<RegistryOptions> = {}) {
  const { profiles, problems } = await loadAwsConfig(process.env);
  return new SessionRegistry(profiles, {
    config: loadAwsnavConfig(process.env),
    problems,
    maxAttempts: 1,
    timeouts: { credentialsMs: 1_000, requestMs: 600, identityMs: 1_500 },
    ...extra,
  });
}

/** The identity once it is no longer resolving. */
function settled(session: Session): Promise<IdentityState> {
  session.identity.start();
  return new Promise((resolve) => {
    const check = () => {
      const s = session.identity.state;
      if (s.status === 'ok' || s.status === 'error') {
        off();
        resolve(s);
      }
    };
    const off = session.identity.subscribe(check);
    check();
  });
}

test('static keys: the account id and "file" as the source; awsnav config makes prod read-only and red', async () => {
  const r = await registry();
  const dev = await settled(r.session('dev')!);
  assert.deepEqual(dev, { status: 'ok', source: 'file', account: '111111111111', arn: 'arn:aws:iam::111111111111:user/dev-user' });
  assert.equal(r.session('dev')!.readonly, false);
  const prod = r.session('prod')!;
  assert.equal((await settled(prod)).status === 'ok' && (await settled(prod) as { account: string }).account, '222222222222');
  assert.equal(prod.readonly, true);
  assert.equal(prod.accent, 'red');
});

test('assume-role without MFA: STS AssumeRole in the sandbox, "assumed role" as the source', async () => {
  const r = await registry();
  const before = fx.sandbox.requests.length;
  const s = await settled(r.session('dev-admin')!);
  assert.equal(s.status, 'ok');
  assert.equal(s.status === 'ok' && s.source, 'assumed role');
  assert.match(s.status === 'ok' ? s.arn : '', /^arn:aws:sts::111111111111:assumed-role\/admin\//);
  assert.deepEqual(fx.sandbox.requests.slice(before).map((q) => q.op), ['AssumeRole', 'GetCallerIdentity']);
});

test('assume-role with MFA: the code is asked once per profile, across regions and clients', async () => {
  const r = await registry();
  const asked: string[] = [];
  r.mfaPrompt = async (profile, serial) => {
    asked.push(`${profile} ${serial}`);
    return '123456';
  };
  const session = r.session('prod-admin')!;
  const s = await settled(session);
  assert.equal(s.status === 'ok' && s.account, '222222222222');
  assert.deepEqual(asked, ['prod-admin arn:aws:iam::111111111111:mfa/dev-user']);
  const moved = r.setRegion('prod-admin', 'us-west-2')!;
  assert.notEqual(moved, session);
  const buckets = await (await moved.s3()).send(new ListBucketsCommand({}));
  assert.ok(buckets.Buckets?.some((b) => b.Name === 'prod-logs'));
  assert.equal(asked.length, 1, 'no second prompt');
});

test('assume-role with MFA: a wrong code and a cancelled prompt are clear errors; retry asks again', async () => {
  const r = await registry();
  const answers: (string | undefined)[] = ['000000', undefined, '123456'];
  r.mfaPrompt = async () => answers.shift();
  const session = r.session('prod-admin')!;
  const wrong = await settled(session);
  assert.equal(wrong.status, 'error');
  assert.match(explain(wrong.status === 'error' && wrong.error).message, /MFA code for profile prod-admin was not accepted/);
  session.identity.retry();
  const cancelled = await settled(session);
  assert.deepEqual(wrong.status === 'error' && explain(cancelled.status === 'error' && cancelled.error), {
    code: 'CredentialError',
    message: 'No MFA code given for profile prod-admin.',
    hint: 'Retry (r) to be asked again.',
  });
  session.identity.retry();
  assert.equal((await settled(session)).status, 'ok');
});

test('SSO with no cached token: "sign in with :login", quickly, and the profile stays listed', async () => {
  const r = await registry();
  assert.ok(r.profile('corp-sso'));
  const t0 = Date.now();
  const s = await settled(r.session('corp-sso')!);
  assert.equal(s.status, 'error');
  assert.deepEqual(explain(s.status === 'error' && s.error), {
    code: 'CredentialError',
    message: 'No valid SSO token.',
    hint: 'Sign in with :login (or aws sso login --profile corp-sso), then retry (r).',
  });
  assert.ok(Date.now() - t0 < 1_000);
  // A listing under it fails the same way, not with a hang.
  await assert.rejects((await r.session('corp-sso')!.s3()).send(new ListBucketsCommand({})), { name: 'CredentialError' });
});

test('a credential_process that never finishes ends in an error after the time limit', async () => {
  const r = await registry();
  const t0 = Date.now();
  const s = await settled(r.session('slow')!);
  assert.equal(s.status, 'error');
  assert.match(explain(s.status === 'error' && s.error).message, /Resolving the credentials of profile slow took longer than 1 s/);
  assert.ok(Date.now() - t0 < 3_000, `${Date.now() - t0} ms`);
});

test('an endpoint that never answers: the account lookup and a listing both end in a timeout error', async () => {
  const r = await registry();
  const sts = await settled(r.session('silent-sts')!);
  assert.equal(sts.status, 'error');
  assert.equal(sts.status === 'error' && sts.source, 'file', 'the credentials themselves were fine');
  assert.match(explain(sts.status === 'error' && sts.error).message, /did not answer in time/);
  const t0 = Date.now();
  const err = await (await r.session('silent')!.s3()).send(new ListBucketsCommand({})).catch((e: unknown) => e);
  assert.match(explain(err).message, /did not answer in time/);
  assert.ok(Date.now() - t0 < 3_000, `${Date.now() - t0} ms`);
});

test('the "environment" entry: keys from environment variables, reported as such; AWS_ENDPOINT_URL honoured', async () => {
  const { SANDBOX_ACCOUNTS } = await import('../../src/sandbox/index');
  const { endpointSettingsFromEnv } = await import('../../src/data/endpoints');
  const prod = SANDBOX_ACCOUNTS[1];
  process.env.AWS_ACCESS_KEY_ID = prod.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = prod.secretAccessKey;
  try {
    const r = await registry({ endpoints: endpointSettingsFromEnv({ AWS_ENDPOINT_URL: fx.sandbox.url }) });
    assert.equal(r.profiles[0].name, 'environment');
    const s = await settled(r.session('environment')!);
    assert.deepEqual(s.status === 'ok' && [s.source, s.account], ['environment', '222222222222']);
  } finally {
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
  }
});
