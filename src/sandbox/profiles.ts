// Writes a throw-away AWS config + credentials pair pointing the demo profiles at a running sandbox.
// It lives in a fresh temporary directory, so the user's ~/.aws is never read or written.

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_ACCOUNTS } from './accounts.js';
import { mfaSerial } from './sts/roles.js';
import { SANDBOX_WEB_IDENTITY_TOKEN, WEB_IDENTITY_ROLE } from './sts/webIdentity.js';

export interface SandboxAwsFiles {
  dir: string;
  configFile: string;
  credentialsFile: string;
  cleanup(): void;
}

export function writeSandboxAwsFiles(url: string): SandboxAwsFiles {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-sandbox-'));
  const configFile = join(dir, 'config');
  const credentialsFile = join(dir, 'credentials');
  // Keys go in credentials, region and endpoint in config, as `aws configure` would write them.
  // In the config file every profile but "default" is written "[profile name]"; in credentials, "[name]".
  const [dev, prod] = SANDBOX_ACCOUNTS;
  // A token file as a CI job or a pod finds it (the sandbox's STS trusts its issuer, sts/webIdentity.ts).
  const tokenFile = join(dir, 'web-identity-token');
  writeFileSync(tokenFile, SANDBOX_WEB_IDENTITY_TOKEN, { mode: 0o600 });
  const config = [
    ...SANDBOX_ACCOUNTS.map((a) => `[profile ${a.name}]\nregion = ${a.region}\nendpoint_url = ${url}\n`),
    // An assume-role profile, and one that needs MFA (the demo code is 123456, sts/roles.ts), to try.
    `[profile dev-admin]\nrole_arn = arn:aws:iam::${dev.accountId}:role/admin\nsource_profile = dev\nregion = ${dev.region}\nendpoint_url = ${url}\n`,
    `[profile prod-admin]\nrole_arn = arn:aws:iam::${prod.accountId}:role/admin\nsource_profile = dev\nmfa_serial = ${mfaSerial(dev)}\n` +
      `region = ${prod.region}\nendpoint_url = ${url}\n`,
    // IAM Identity Center: sign in with :login (the demo approves after a few polls, or on the
    // verification page); one sso-session profile and one legacy profile.
    `[profile dev-sso]\nsso_session = sandbox\nsso_account_id = ${dev.accountId}\nsso_role_name = Admin\nregion = ${dev.region}\nendpoint_url = ${url}\n`,
    `[sso-session sandbox]\nsso_start_url = ${url}/start\nsso_region = us-east-1\n`,
    `[profile prod-sso-legacy]\nsso_start_url = ${url}/start\nsso_region = us-east-1\nsso_account_id = ${prod.accountId}\n` +
      `sso_role_name = ReadOnly\nregion = ${prod.region}\nendpoint_url = ${url}\n`,
    // The instance's role from IMDSv2 (environment.ts points the SDK at the sandbox's), then a role.
    `[profile dev-instance]\ncredential_source = Ec2InstanceMetadata\nrole_arn = arn:aws:iam::${dev.accountId}:role/admin\nregion = ${dev.region}\nendpoint_url = ${url}\n`,
    `[profile dev-ci]\nweb_identity_token_file = ${tokenFile}\nrole_arn = ${WEB_IDENTITY_ROLE}\nrole_session_name = sandbox-ci\nregion = ${dev.region}\nendpoint_url = ${url}\n`,
  ].join('\n');
  const credentials = SANDBOX_ACCOUNTS.map(
    (a) => `[${a.name}]\naws_access_key_id = ${a.accessKeyId}\naws_secret_access_key = ${a.secretAccessKey}\n`,
  ).join('\n');
  // 0600 like the AWS CLI's own files: they hold (demo) secret keys.
  writeFileSync(configFile, config, { mode: 0o600 });
  writeFileSync(credentialsFile, credentials, { mode: 0o600 });
  chmodSync(dir, 0o700);
  return {
    dir,
    configFile,
    credentialsFile,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
