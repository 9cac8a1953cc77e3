// AWS config files holding every kind of profile the sandbox can serve end to end (static keys,
// assume-role with and without MFA, SSO with no token, a slow credential_process, an endpoint that
// never answers), for the sessions' integration and component tests.
import { before, after } from 'node:test';
import { SANDBOX_ACCOUNTS, startSandbox, type Sandbox } from '../../src/sandbox/index';
import { startBlackhole } from './blackhole';
import { mfaSerial } from '../../src/sandbox/sts/index';
import { tempAwsConfig, useAwsEnv, type TempConfig } from './awsConfig';

export function sandboxProfiles(url: string, blackhole: string): TempConfig {
  const [dev, prod] = SANDBOX_ACCOUNTS;
  const at = `endpoint_url = ${url}\n`;
  const config = `
[profile dev]
region = ${dev.region}
${at}
[profile prod]
region = ${prod.region}
${at}
[profile dev-admin]
role_arn = arn:aws:iam::${dev.accountId}:role/admin
source_profile = dev
region = ${dev.region}
${at}
[profile prod-admin]
role_arn = arn:aws:iam::${prod.accountId}:role/admin
source_profile = dev
mfa_serial = ${mfaSerial(dev)}
region = ${prod.region}
${at}
[profile corp-sso]
sso_session = corp
sso_account_id = ${dev.accountId}
sso_role_name = Admin
region = us-east-1
${at}
[sso-session corp]
sso_start_url = https://awsnav-test-nowhere.awsapps.com/start
sso_region = us-east-1

[profile slow]
credential_process = ${process.execPath} -e "setTimeout(() => {}, 2500)"
region = us-east-1
${at}
[profile silent-sts]
region = ${dev.region}
services = silent-sts
${at}
[services silent-sts]
sts =
  endpoint_url = ${blackhole}

[profile silent]
region = ${dev.region}
endpoint_url = ${blackhole}
`;
  const credentials = ['dev', 'silent-sts', 'silent']
    .map((name) => {
      const a = name === 'prod' ? prod : dev;
      return `[${name}]\naws_access_key_id = ${a.accessKeyId}\naws_secret_access_key = ${a.secretAccessKey}\n`;
    })
    .concat(`[prod]\naws_access_key_id = ${prod.accessKeyId}\naws_secret_access_key = ${prod.secretAccessKey}\n`)
    .join('\n');
  return tempAwsConfig({ config, credentials, awsnav: '[profile prod]\nreadonly = true\naccent = red\n' });
}

/**
 * For a test file: a sandbox, an endpoint that never answers, and the config files above in the
 * environment for the file's tests; all undone after them.
 */
export function sandboxProfilesFixture() {
  const fx = {} as { sandbox: Sandbox; blackhole: Awaited<ReturnType<typeof startBlackhole>>; files: TempConfig };
  let restoreEnv: () => void;
  before(async () => {
    fx.sandbox = await startSandbox();
    fx.blackhole = await startBlackhole();
    fx.files = sandboxProfiles(fx.sandbox.url, fx.blackhole.url);
    restoreEnv = useAwsEnv(fx.files.env);
  });
  after(async () => {
    restoreEnv();
    fx.files.cleanup();
    await fx.blackhole.close();
    await fx.sandbox.close();
  });
  return fx;
}
