// SSO sign-in inside awsnav against the sandbox's SSO-OIDC and portal, over HTTP with the SDK's own
// clients: the device flow as a job (URL, code, polls), the token written where the AWS CLI keeps it,
// then the SDK's SSO provider signing in with it; slow-down, cancel and an expired code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startSandbox, SANDBOX_ACCOUNTS } from '../../src/sandbox/index';
import { loadAwsConfig } from '../../src/data/profiles';
import { SessionRegistry } from '../../src/data/sessionRegistry';
import { JobRegistry } from '../../src/data/jobs';
import { explain } from '../../src/data/errors';
import { startSsoLogin } from '../../src/data/sso/loginJob';
import { deviceLogin, SLOW_DOWN_MS } from '../../src/data/sso/deviceLogin';
import { ssoSettings } from '../../src/data/sso/settings';
import { ssoTokenPath } from '../../src/data/sso/cache';
import { ssoConfig, useSignInEnv, until, settled, START_URL } from '../helpers/signin';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: ReturnType<typeof useSignInEnv>;
before(async () => {
  sandbox = await startSandbox({ sso: { approveAfterPolls: 2 } });
  env = useSignInEnv(ssoConfig(sandbox.url));
});
after(async () => {
  env.undo();
  await sandbox.close();
});

const registry = async () => new SessionRegistry((await loadAwsConfig(process.env)).profiles, { maxAttempts: 1, timeouts: { credentialsMs: 3_000 } });
const ops = (from = 0) => sandbox.requests.slice(from).map((r) => r.op);

test('not signed in: the error names :login; after the device login the SDK\'s SSO provider answers', async () => {
  const r = await registry();
  const session = r.session('corp-sso')!;
  const before = await settled(session);
  assert.equal(before.status, 'error');
  assert.deepEqual(explain(before.status === 'error' && before.error), {
    code: 'CredentialError',
    message: 'No valid SSO token.',
    hint: 'Sign in with :login (or aws sso login --profile corp-sso), then retry (r).',
  });

  const jobs = new JobRegistry();
  const from = sandbox.requests.length;
  const { job } = await startSsoLogin(jobs, session);
  await until(() => jobs.get(job.id)!.link !== undefined, 'the code');
  const shown = jobs.get(job.id)!;
  assert.match(shown.link!.code!, /^[A-Z]{4}-[A-Z]{4}$/);
  assert.equal(shown.link!.url, `${sandbox.url}/sandbox-sso/device?user_code=${shown.link!.code}`);
  assert.match(shown.detail, new RegExp(`^code ${shown.link!.code} · expires in (9m|10m)\\d\\ds · open ${sandbox.url}/sandbox-sso/device$`));
  await until(() => jobs.get(job.id)!.status !== 'running', 'the sign-in', 15_000);
  assert.equal(jobs.get(job.id)!.status, 'succeeded', jobs.get(job.id)!.error?.message);
  // Pending twice, then approved: three polls, the service's interval (1 s) apart.
  assert.deepEqual(ops(from).slice(0, 5), ['RegisterClient', 'StartDeviceAuthorization', 'CreateToken', 'CreateToken', 'CreateToken']);

  const file = JSON.parse(readFileSync(ssoTokenPath('corp', env.home), 'utf8'));
  assert.deepEqual(Object.keys(file).sort(), ['accessToken', 'clientId', 'clientSecret', 'expiresAt', 'region', 'registrationExpiresAt', 'startUrl']);
  assert.equal(file.startUrl, START_URL);
  assert.equal(file.region, 'us-east-1');
  assert.match(file.expiresAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

  // The job looked the identity up again: the SDK's SSO provider read the new token from the file.
  const after = await settled(session);
  assert.deepEqual(ops(from).slice(5), ['GetRoleCredentials', 'GetCallerIdentity']);
  assert.equal(after.status, 'ok');
  assert.deepEqual(after.status === 'ok' && [after.source, after.account, after.arn], ['SSO', SANDBOX_ACCOUNTS[0].accountId, 'arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_Admin_sandbox/dev-user']);
});

test('a legacy profile: the cache file is named by the start URL, and a second :login shows the one under way', async () => {
  const r = await registry();
  const session = r.session('legacy-sso')!;
  const jobs = new JobRegistry();
  const first = await startSsoLogin(jobs, session);
  const second = await startSsoLogin(jobs, session);
  assert.equal(second.again, true);
  assert.equal(second.job.id, first.job.id);
  await until(() => jobs.get(first.job.id)!.status !== 'running', 'the sign-in', 15_000);
  assert.equal(jobs.get(first.job.id)!.status, 'succeeded');
  assert.equal(JSON.parse(readFileSync(ssoTokenPath(START_URL, env.home), 'utf8')).startUrl, START_URL);
  const s = await settled(session);
  assert.deepEqual(s.status === 'ok' && [s.source, s.account], ['SSO', SANDBOX_ACCOUNTS[1].accountId]);
});

test('SlowDownException: the next polls wait 5 s longer, as the RFC and the CLI do', async () => {
  const slow = await startSandbox({ sso: { approveAfterPolls: 2, slowDownOnPolls: [1] } });
  try {
    const sleeps: number[] = [];
    const sso = await ssoSettings('corp-sso');
    await deviceLogin({ sso, clientConfig: { endpoint: slow.url }, home: env.home, onPrompt: () => {}, sleep: async (ms) => void sleeps.push(ms) });
    assert.deepEqual(sleeps, [1_000, 1_000 + SLOW_DOWN_MS, 1_000 + SLOW_DOWN_MS]);
    assert.equal(slow.requests.filter((q) => q.op === 'CreateToken').length, 3);
  } finally {
    await slow.close();
  }
});

test('cancel stops polling at once; nothing more is sent', async () => {
  const never = await startSandbox({ sso: { approveAfterPolls: 0, intervalSeconds: 1 } });
  try {
    const sso = await ssoSettings('corp-sso');
    const controller = new AbortController();
    const polls = () => never.requests.filter((q) => q.op === 'CreateToken').length;
    const done = deviceLogin({ sso, clientConfig: { endpoint: never.url }, home: env.home, signal: controller.signal, onPrompt: () => {} });
    await until(() => polls() >= 1, 'a first poll');
    const t0 = Date.now();
    controller.abort();
    await assert.rejects(done, { name: 'AbortError' });
    assert.ok(Date.now() - t0 < 200, `${Date.now() - t0} ms`);
    // The loop has returned: no poll can follow.
    assert.equal(polls(), 1);
  } finally {
    await never.close();
  }
});

test('a code nobody approves in time ends the job with what to do', async () => {
  const short = await startSandbox({ sso: { approveAfterPolls: 0, deviceCodeSeconds: 1 } });
  try {
    const sso = await ssoSettings('corp-sso');
    const err = await deviceLogin({ sso, clientConfig: { endpoint: short.url }, home: env.home, onPrompt: () => {} }).catch((e: unknown) => e);
    assert.deepEqual(explain(err), {
      code: 'CredentialError',
      message: 'The sign-in code expired before it was approved.',
      hint: 'Sign in again with :login, and approve the code in the browser within its time.',
    });
  } finally {
    await short.close();
  }
});

test('the verification page approves the code as a person would', async () => {
  const manual = await startSandbox({ sso: { approveAfterPolls: 0 } });
  try {
    const sso = await ssoSettings('corp-sso');
    let url = '';
    const done = deviceLogin({ sso, clientConfig: { endpoint: manual.url }, home: env.home, onPrompt: (p) => (url = p.verificationUriComplete!), sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))) });
    await until(() => url !== '', 'the prompt');
    const page = await (await fetch(url)).text();
    assert.match(page, /<button>Allow<\/button>/);
    assert.match(await (await fetch(url, { method: 'POST' })).text(), /approved/);
    const { token } = await done;
    assert.match(token.accessToken, /^sandbox-sso-/);
  } finally {
    await manual.close();
  }
});
