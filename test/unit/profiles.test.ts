// Every kind of profile people have in ~/.aws, read with the SDK's loader from a temporary directory;
// the kinds detected, the environment entry, and config problems named by file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames, loadAwsConfig, type ProfileInfo } from '../../src/data/profiles';
import { tempAwsConfig } from '../helpers/awsConfig';

const CONFIG = `
[default]
region = us-east-1

[profile static]
region = eu-central-1

[profile sso-new]
sso_session = corp
sso_account_id = 123456789012
sso_role_name = Admin
region = eu-west-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[profile sso-legacy]
sso_start_url = https://old.awsapps.com/start
sso_region = us-east-1
sso_account_id = 123456789012
sso_role_name = ReadOnly

[profile role-src]
role_arn = arn:aws:iam::123456789012:role/admin
source_profile = static
mfa_serial = arn:aws:iam::123456789012:mfa/me

[profile role-cs]
role_arn = arn:aws:iam::123456789012:role/ops
credential_source = Ec2InstanceMetadata

[profile proc]
credential_process = /usr/local/bin/get-creds --account dev

[profile webid]
role_arn = arn:aws:iam::123456789012:role/ci
web_identity_token_file = /var/run/token

[profile local]
endpoint_url = http://localhost:4566
services = local-services

[services local-services]
s3 =
  endpoint_url = http://localhost:9000
`;

const CREDENTIALS = `
[default]
aws_access_key_id = AKIADEFAULT
aws_secret_access_key = secret

[static]
aws_access_key_id = AKIASTATIC
aws_secret_access_key = secret
`;

const byName = (ps: ProfileInfo[]) => Object.fromEntries(ps.map((p) => [p.name, p]));

test('every kind of profile is listed with its kind, how it signs in and its region', async () => {
  const t = tempAwsConfig({ config: CONFIG, credentials: CREDENTIALS });
  try {
    const { profiles, problems } = await loadAwsConfig(t.env);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      profiles.map((p) => p.name),
      ['default', 'local', 'proc', 'role-cs', 'role-src', 'sso-legacy', 'sso-new', 'static', 'webid'],
      'sso-session and services sections are not profiles',
    );
    const p = byName(profiles);
    assert.equal(p.default.kind, 'static keys');
    assert.equal(p.default.region, 'us-east-1');
    assert.equal(p.static.kind, 'static keys');
    assert.equal(p.static.region, 'eu-central-1');
    assert.equal(p['sso-new'].kind, 'sso');
    assert.equal(p['sso-new'].detail, 'sso-session corp');
    assert.equal(p['sso-legacy'].kind, 'sso');
    assert.equal(p['sso-legacy'].detail, 'legacy SSO');
    assert.equal(p['role-src'].kind, 'assume role');
    assert.equal(p['role-src'].detail, 'via static, MFA');
    assert.equal(p['role-src'].mfaSerial, 'arn:aws:iam::123456789012:mfa/me');
    assert.equal(p['role-cs'].kind, 'assume role');
    assert.equal(p['role-cs'].detail, 'credential_source Ec2InstanceMetadata');
    assert.equal(p.proc.kind, 'process');
    assert.equal(p.webid.kind, 'web identity');
    assert.equal(p.local.endpoint, 'http://localhost:4566');
    assert.deepEqual(p.local.serviceEndpoints, { s3: 'http://localhost:9000' });
    assert.ok(profiles.every((x) => x.source === 'file'));
  } finally {
    t.cleanup();
  }
});

test('credentials in environment variables add an "environment" entry first', async () => {
  const t = tempAwsConfig({ config: CONFIG, credentials: CREDENTIALS }, { AWS_ACCESS_KEY_ID: 'AKIAENV', AWS_SECRET_ACCESS_KEY: 's', AWS_DEFAULT_REGION: 'ap-south-1' });
  try {
    const { profiles } = await loadAwsConfig(t.env);
    assert.deepEqual(profiles[0], { name: 'environment', kind: 'environment', source: 'env', region: 'ap-south-1', detail: 'keys' });
    const webId = await loadAwsConfig({ ...t.env, AWS_ACCESS_KEY_ID: '', AWS_ROLE_ARN: 'arn:aws:iam::1:role/x', AWS_WEB_IDENTITY_TOKEN_FILE: '/t' });
    assert.equal(webId.profiles[0].detail, 'web identity');
    const none = await loadAwsConfig({ ...t.env, AWS_ACCESS_KEY_ID: '' });
    assert.equal(none.profiles[0].name, 'default');
  } finally {
    t.cleanup();
  }
});

test('a malformed config file: each bad line named by file and line, every readable profile still there', async () => {
  const config = [
    '[profile good]', //           1
    'region = us-east-1', //        2
    'region us-west-2', //          3: no "="
    '[profile broken', //           4: no "]"
    'region = eu-west-1', //        5 (belongs to no section the SDK reads)
    '[dev]', //                     6: config files need "profile "
    'region = eu-west-2', //        7
    '[profile also-good]', //       8
    'aws_access_key_id = AKIA', //  9
    'aws_secret_access_key = s', // 10
  ].join('\n');
  const t = tempAwsConfig({ config, credentials: 'stray = value\n[ok]\naws_access_key_id = A\naws_secret_access_key = B\n' });
  try {
    const { profiles, problems } = await loadAwsConfig(t.env);
    const where = problems.map((p) => `${p.file === t.env.AWS_CONFIG_FILE ? 'config' : 'credentials'}:${p.line}`);
    assert.deepEqual(where, ['config:3', 'config:4', 'config:6', 'credentials:1']);
    assert.match(problems[0].message, /expected "name = value"/);
    assert.match(problems[1].message, /closing "\]"/);
    assert.match(problems[2].message, /\[profile dev\]/);
    assert.deepEqual(profiles.map((p) => p.name), ['also-good', 'good', 'ok']);
    assert.equal(byName(profiles)['also-good'].kind, 'static keys');
  } finally {
    t.cleanup();
  }
});

test('a config file that does not exist is no problem; one that cannot be read is', async () => {
  const t = tempAwsConfig({});
  try {
    const missing = await loadAwsConfig({ ...t.env, AWS_CONFIG_FILE: `${t.dir}/nope` });
    assert.deepEqual(missing.problems, []);
    const dir = await loadAwsConfig({ ...t.env, AWS_CONFIG_FILE: t.dir });
    assert.equal(dir.problems.length, 1);
    assert.match(dir.problems[0].message, /cannot be read \(EISDIR\)/);
  } finally {
    t.cleanup();
  }
});

test("profile names are listed in localeCompare's order without calling it (random names of letters, digits, _ - .)", () => {
  // A fixed sequence (a linear congruential generator), so a failure names the same pair every run.
  let seed = 16;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const chars = 'aAbBmMzZ0159_-.';
  const name = () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => chars[Math.floor(next() * chars.length)]).join('');
  const collator = new Intl.Collator('en');
  for (let n = 0; n < 20_000; n++) {
    const [a, b] = [name(), name()];
    assert.equal(Math.sign(compareNames(a, b)), Math.sign(collator.compare(a, b)), `${a} vs ${b}`);
  }
  assert.deepEqual(['prod1', 'Dev', 'prod.us', 'émile', 'DEV', 'prod_us', 'zed', 'dev', 'prod-us'].sort(compareNames), ['dev', 'Dev', 'DEV', 'émile', 'prod_us', 'prod-us', 'prod.us', 'prod1', 'zed']);
});
