// The sandbox's STS over HTTP with the SDK's own STS client: GetCallerIdentity per account, AssumeRole
// with and without MFA, and the temporary keys it issues working against S3 in the role's account.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STSClient, GetCallerIdentityCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';
import { startSandbox, SANDBOX_ACCOUNTS, type Sandbox } from '../../src/sandbox/index';
import { SANDBOX_MFA_CODE, mfaSerial } from '../../src/sandbox/sts/index';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox.close());

const [dev, prod] = SANDBOX_ACCOUNTS;
const sts = (a = dev) =>
  new STSClient({ region: 'us-east-1', endpoint: sandbox.url, credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey } });

test('GetCallerIdentity names each demo account by its own id', async () => {
  const d = await sts(dev).send(new GetCallerIdentityCommand({}));
  const p = await sts(prod).send(new GetCallerIdentityCommand({}));
  assert.equal(d.Account, '111111111111');
  assert.equal(p.Account, '222222222222');
  assert.equal(d.Arn, 'arn:aws:iam::111111111111:user/dev-user');
  assert.equal(sandbox.requests.at(-1)?.op, 'GetCallerIdentity');
});

test('AssumeRole without MFA issues keys that act in the role\'s account', async () => {
  const out = await sts(dev).send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::222222222222:role/readonly', RoleSessionName: 'me' }));
  const c = out.Credentials!;
  assert.match(c.AccessKeyId!, /^ASIA\d{12}[A-Z2-7]{4}$/);
  assert.ok(c.Expiration! > new Date());
  assert.equal(out.AssumedRoleUser?.Arn, 'arn:aws:sts::222222222222:assumed-role/readonly/me');
  const creds = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken };
  const who = await new STSClient({ region: 'us-east-1', endpoint: sandbox.url, credentials: creds }).send(new GetCallerIdentityCommand({}));
  assert.equal(who.Arn, 'arn:aws:sts::222222222222:assumed-role/readonly/me');
  const s3 = new S3Client({ region: 'eu-west-1', endpoint: sandbox.url, forcePathStyle: true, credentials: creds });
  const buckets = await s3.send(new ListBucketsCommand({}));
  assert.ok(buckets.Buckets?.some((b) => b.Name === 'prod-logs'));
  assert.equal(sandbox.requests.at(-1)?.account, 'prod');
});

test('a role that requires MFA is refused without it, with a wrong code, and granted with the demo code', async () => {
  const RoleArn = 'arn:aws:iam::222222222222:role/admin';
  await assert.rejects(sts().send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 's' })), { name: 'AccessDenied', message: /requires MFA/ });
  await assert.rejects(
    sts().send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 's', SerialNumber: mfaSerial(dev), TokenCode: '000000' })),
    { name: 'AccessDenied', message: /MultiFactorAuthentication failed/ },
  );
  // Another user's device is refused the same way as a wrong code.
  await assert.rejects(
    sts().send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 's', SerialNumber: mfaSerial(prod), TokenCode: SANDBOX_MFA_CODE })),
    { name: 'AccessDenied' },
  );
  const ok = await sts().send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 's', SerialNumber: mfaSerial(dev), TokenCode: SANDBOX_MFA_CODE }));
  assert.equal(ok.AssumedRoleUser?.Arn, 'arn:aws:sts::222222222222:assumed-role/admin/s');
});

test('an unknown role is AccessDenied, an unknown key InvalidClientTokenId', async () => {
  await assert.rejects(
    sts().send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::333333333333:role/nope', RoleSessionName: 's' })),
    { name: 'AccessDenied', message: /not authorized to perform: sts:AssumeRole/ },
  );
  const stranger = new STSClient({ region: 'us-east-1', endpoint: sandbox.url, credentials: { accessKeyId: 'AKIANOBODY', secretAccessKey: 'x' } });
  await assert.rejects(stranger.send(new GetCallerIdentityCommand({})), { name: 'InvalidClientTokenId' });
});
