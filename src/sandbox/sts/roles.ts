// The sandbox's IAM, as little of it as assume-role needs: a few demo roles, which of them insist on
// MFA, and the one MFA code that the demo devices accept. Any sandbox account may assume any role here
// (the trust policies are "everyone in the sandbox"), so cross-account dev → prod works as in real life.

import { AwsError } from '../errors.js';
import type { SandboxAccount } from '../accounts.js';

/** The code every demo MFA device shows. Type it when awsnav asks for an MFA code in the sandbox. */
export const SANDBOX_MFA_CODE = '123456';

export interface DemoRole {
  arn: string;
  /** AssumeRole is refused without a valid SerialNumber + TokenCode (aws:MultiFactorAuthPresent). */
  mfa: boolean;
}

export const DEMO_ROLES: DemoRole[] = [
  { arn: 'arn:aws:iam::111111111111:role/admin', mfa: false },
  { arn: 'arn:aws:iam::222222222222:role/readonly', mfa: false },
  { arn: 'arn:aws:iam::222222222222:role/admin', mfa: true },
  // Trusts the sandbox's OIDC issuer: what a CI job or a Kubernetes pod assumes with web identity.
  { arn: 'arn:aws:iam::111111111111:role/ci', mfa: false },
];

/** The demo user each account's static keys belong to, and that user's MFA device. */
export const userArn = (a: SandboxAccount) => `arn:aws:iam::${a.accountId}:user/${a.name}-user`;
export const mfaSerial = (a: SandboxAccount) => `arn:aws:iam::${a.accountId}:mfa/${a.name}-user`;

function denied(caller: string, roleArn: string, why = ''): AwsError {
  return new AwsError(403, 'AccessDenied', `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}${why}`);
}

/** Throws what STS would answer when this caller may not assume the role with these MFA values. */
export function checkAssume(caller: SandboxAccount, callerArn: string, roleArn: string, serial?: string, code?: string): DemoRole {
  const role = DEMO_ROLES.find((r) => r.arn === roleArn);
  if (!role) throw denied(callerArn, roleArn);
  if (serial !== undefined || code !== undefined) {
    // STS rejects a code that does not match the caller's own device the same way as a wrong code.
    if (serial !== mfaSerial(caller) || code !== SANDBOX_MFA_CODE) {
      throw new AwsError(403, 'AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code. ');
    }
  } else if (role.mfa) {
    throw denied(callerArn, roleArn, ' (the role requires MFA: set mfa_serial in the profile)');
  }
  return role;
}
