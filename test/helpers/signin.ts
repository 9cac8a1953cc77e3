// Shared by the sign-in tests: AWS config files with an SSO profile of each kind (sso-session and
// legacy) pointed at a sandbox, a temporary HOME for the SSO token cache, and small waits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SANDBOX_ACCOUNTS } from '../../src/sandbox/index';
import { tempAwsConfig, useAwsEnv, type TempConfig } from './awsConfig';
import type { Session } from '../../src/data/session';
import type { IdentityState } from '../../src/data/sts';

export const START_URL = 'https://awsnav-sandbox.awsapps.com/start';

export function ssoConfig(url: string): string {
  const dev = SANDBOX_ACCOUNTS[0];
  return `
[profile corp-sso]
sso_session = corp
sso_account_id = ${dev.accountId}
sso_role_name = Admin
region = eu-west-1
endpoint_url = ${url}

[sso-session corp]
sso_start_url = ${START_URL}
sso_region = us-east-1

[profile legacy-sso]
sso_start_url = ${START_URL}
sso_region = us-east-1
sso_account_id = ${SANDBOX_ACCOUNTS[1].accountId}
sso_role_name = ReadOnly
region = eu-west-1
endpoint_url = ${url}
`;
}

/** Config files and a HOME of their own in the environment; returns the undo. */
export function useSignInEnv(config: string, extra: NodeJS.ProcessEnv = {}): { files: TempConfig; home: string; undo(): void } {
  const home = mkdtempSync(join(tmpdir(), 'awsnav-signin-home-'));
  const files = tempAwsConfig({ config });
  const restore = useAwsEnv({ ...files.env, HOME: home, ...extra });
  return {
    files,
    home,
    undo: () => {
      restore();
      files.cleanup();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - t0 > ms) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

/** The identity once it is no longer resolving. */
export function settled(session: Session): Promise<IdentityState> {
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
