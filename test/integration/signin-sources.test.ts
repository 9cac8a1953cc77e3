// Every credential source resolved end to end by the SDK's own providers against the sandbox on
// loopback, and the header's source saying which one answered: credential_source Ec2InstanceMetadata
// (IMDSv2) and EcsContainer (full URI + auth token) and Environment, web_identity_token_file + role_arn
// (AssumeRoleWithWebIdentity), no config at all on an instance (the default-chain entry), and a
// credential_process that hangs, killed when awsnav gives up on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startSandbox, SANDBOX_ACCOUNTS } from '../../src/sandbox/index';
import { SANDBOX_WEB_IDENTITY_TOKEN, WEB_IDENTITY_ROLE } from '../../src/sandbox/sts/index';
import { startImds, IMDS_ROLE } from '../../src/sandbox/imds';
import { startEcsCredentials, ECS_ROLE } from '../../src/sandbox/ecsCredentials';
import { loadAwsConfig } from '../../src/data/profiles';
import { SessionRegistry } from '../../src/data/sessionRegistry';
import { explain } from '../../src/data/errors';
import { endpointSettingsFromEnv, type EndpointSettings } from '../../src/data/endpoints';
import { useSignInEnv, until, settled } from '../helpers/signin';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const [dev, prod] = SANDBOX_ACCOUNTS;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let imds: Awaited<ReturnType<typeof startImds>>;
let ecs: Awaited<ReturnType<typeof startEcsCredentials>>;
let env: ReturnType<typeof useSignInEnv>;

before(async () => {
  sandbox = await startSandbox();
  imds = await startImds();
  ecs = await startEcsCredentials();
  const at = `region = us-east-1\nendpoint_url = ${sandbox.url}\n`;
  env = useSignInEnv('');
  const tokenFile = join(env.home, 'web-identity-token');
  writeFileSync(tokenFile, SANDBOX_WEB_IDENTITY_TOKEN);
  writeFileSync(join(env.home, 'hang.js'), `require('fs').writeFileSync(${JSON.stringify(join(env.home, 'hang.pid'))}, String(process.pid)); setInterval(() => {}, 1000);`);
  writeFileSync(process.env.AWS_CONFIG_FILE!, `
[profile on-instance]
credential_source = Ec2InstanceMetadata
role_arn = arn:aws:iam::${dev.accountId}:role/admin
${at}
[profile instance-role]
credential_source = Ec2InstanceMetadata
${at}
[profile in-container]
credential_source = EcsContainer
${at}
[profile from-env]
credential_source = Environment
role_arn = arn:aws:iam::${prod.accountId}:role/readonly
${at}
[profile ci]
web_identity_token_file = ${tokenFile}
role_arn = ${WEB_IDENTITY_ROLE}
role_session_name = pipeline
${at}
[profile bad-token]
web_identity_token_file = ${join(env.home, 'hang.js')}
role_arn = ${WEB_IDENTITY_ROLE}
${at}
[profile hanging]
credential_process = "${process.execPath}" "${join(env.home, 'hang.js')}"
${at}`);
  delete process.env.AWS_EC2_METADATA_DISABLED;
  process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = imds.url;
});
after(async () => {
  env.undo();
  await Promise.all([sandbox.close(), imds.close(), ecs.close()]);
});

async function registry(endpoints?: EndpointSettings) {
  const { profiles } = await loadAwsConfig(process.env);
  return new SessionRegistry(profiles, { maxAttempts: 1, endpoints, timeouts: { credentialsMs: 1_500, identityMs: 3_000 } });
}
const ops = (from: number) => sandbox.requests.slice(from).map((r) => r.op);

async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (v: Record<string, string | undefined>) => {
    for (const [k, x] of Object.entries(v)) if (x === undefined) delete process.env[k]; else process.env[k] = x;
  };
  set(vars);
  try {
    return await fn();
  } finally {
    set(saved);
  }
}

test('credential_source = Ec2InstanceMetadata with role_arn: IMDSv2 token, the role\'s keys, then AssumeRole', async () => {
  const from = sandbox.requests.length;
  imds.requests.length = 0;
  const s = await settled((await registry()).session('on-instance')!);
  assert.equal(s.status, 'ok', s.status === 'error' ? explain(s.error).message : '');
  assert.deepEqual(s.status === 'ok' && [s.source, s.account], ['assumed role', dev.accountId]);
  assert.deepEqual(imds.requests, ['PUT /latest/api/token', 'GET /latest/meta-data/iam/security-credentials/', `GET /latest/meta-data/iam/security-credentials/${IMDS_ROLE}`]);
  assert.deepEqual(ops(from), ['AssumeRole', 'GetCallerIdentity']);
});

test('credential_source = Ec2InstanceMetadata alone: the instance role answers, and the header says instance metadata', async () => {
  const s = await settled((await registry()).session('instance-role')!);
  assert.deepEqual(s.status === 'ok' && [s.source, s.arn], ['instance metadata', `arn:aws:sts::${dev.accountId}:assumed-role/${IMDS_ROLE}/i-0sandbox0instance`]);
});

test('credential_source = EcsContainer: the full URI with its authorization token; a wrong token is refused', async () => {
  const ok = await withEnv({ AWS_CONTAINER_CREDENTIALS_FULL_URI: ecs.fullUri, AWS_CONTAINER_AUTHORIZATION_TOKEN: ecs.authToken }, async () =>
    settled((await registry()).session('in-container')!),
  );
  assert.deepEqual(ok.status === 'ok' && [ok.source, ok.arn], ['container', `arn:aws:sts::${dev.accountId}:assumed-role/${ECS_ROLE}/sandbox-task`]);
  const refused = await withEnv({ AWS_CONTAINER_CREDENTIALS_FULL_URI: ecs.fullUri, AWS_CONTAINER_AUTHORIZATION_TOKEN: 'wrong' }, async () =>
    settled((await registry()).session('in-container')!),
  );
  assert.equal(refused.status, 'error');
});

test('credential_source = Environment with role_arn: the keys in the environment assume the role', async () => {
  const from = sandbox.requests.length;
  const s = await withEnv({ AWS_ACCESS_KEY_ID: dev.accessKeyId, AWS_SECRET_ACCESS_KEY: dev.secretAccessKey }, async () =>
    settled((await registry()).session('from-env')!),
  );
  assert.deepEqual(s.status === 'ok' && [s.source, s.account], ['assumed role', prod.accountId]);
  assert.deepEqual(ops(from), ['AssumeRole', 'GetCallerIdentity']);
});

test('web_identity_token_file + role_arn: AssumeRoleWithWebIdentity (unsigned) at the profile\'s STS; a bad token says so', async () => {
  const from = sandbox.requests.length;
  const s = await settled((await registry()).session('ci')!);
  assert.deepEqual(s.status === 'ok' && [s.source, s.arn], ['web identity', `arn:aws:sts::${dev.accountId}:assumed-role/ci/pipeline`]);
  assert.deepEqual(ops(from), ['AssumeRoleWithWebIdentity', 'GetCallerIdentity']);
  const bad = await settled((await registry()).session('bad-token')!);
  assert.equal(bad.status, 'error');
  assert.match(String((bad.status === 'error' && (bad.error as Error).message) || ''), /web identity token/);
});

test('the "environment" entry: web identity from AWS_WEB_IDENTITY_TOKEN_FILE, then the ECS endpoint, each named', async () => {
  const tokenFile = join(env.home, 'web-identity-token');
  const endpoints = endpointSettingsFromEnv({ AWS_ENDPOINT_URL: sandbox.url });
  const web = await withEnv({ AWS_WEB_IDENTITY_TOKEN_FILE: tokenFile, AWS_ROLE_ARN: WEB_IDENTITY_ROLE, AWS_ROLE_SESSION_NAME: 'pod' }, async () => {
    const r = await registry(endpoints);
    assert.equal(r.profiles[0].detail, 'web identity');
    return settled(r.session('environment')!);
  });
  assert.deepEqual(web.status === 'ok' && [web.source, web.arn], ['web identity', `arn:aws:sts::${dev.accountId}:assumed-role/ci/pod`]);
  const task = await withEnv({ AWS_CONTAINER_CREDENTIALS_FULL_URI: ecs.fullUri, AWS_CONTAINER_AUTHORIZATION_TOKEN: ecs.authToken }, async () => {
    const r = await registry(endpoints);
    assert.equal(r.profiles[0].detail, 'container');
    return settled(r.session('environment')!);
  });
  assert.deepEqual(task.status === 'ok' && [task.source, task.arn], ['container', `arn:aws:sts::${dev.accountId}:assumed-role/${ECS_ROLE}/sandbox-task`]);
});

test('no config at all on an instance: a default-chain entry, resolved through instance metadata', async () => {
  const s = await withEnv({ AWS_CONFIG_FILE: join(env.home, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(env.home, 'none') }, async () => {
    // The sandbox stands in for AWS's STS (AWS_ENDPOINT_URL): nothing leaves the machine.
    const r = await registry(endpointSettingsFromEnv({ AWS_ENDPOINT_URL: sandbox.url }));
    assert.deepEqual(r.profiles.map((p) => [p.name, p.kind]), [['default-chain', 'default chain']]);
    return settled(r.session('default-chain')!);
  });
  assert.deepEqual(s.status === 'ok' && [s.source, s.arn], ['instance metadata', `arn:aws:sts::${dev.accountId}:assumed-role/${IMDS_ROLE}/i-0sandbox0instance`]);
});

test('a credential_process that hangs is killed when awsnav gives up on it', async () => {
  const pidFile = join(env.home, 'hang.pid');
  const t0 = Date.now();
  const s = await settled((await registry()).session('hanging')!);
  assert.equal(s.status, 'error');
  assert.match(explain(s.status === 'error' && s.error).message, /took longer than 2 s/);
  await until(() => existsSync(pidFile), 'the pid file');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  // A zombie is dead too: once the shell is killed its child is reparented, and in a container the
  // new parent (PID 1) may never reap it, so kill(pid, 0) alone would still find it.
  const alive = () => {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true; // no /proc (macOS): kill(pid, 0) is the answer
    }
  };
  try {
    assert.ok(Date.now() - t0 < 2_500, `${Date.now() - t0} ms to give up`);
    await until(() => !alive(), `process ${pid} to end`, 1_500);
  } finally {
    // So a failure here does not leave the process holding the test runner open.
    if (alive()) process.kill(pid, 'SIGKILL');
  }
});
