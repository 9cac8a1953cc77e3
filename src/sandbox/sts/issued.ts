// Who each temporary key the sandbox hands out belongs to, for GetCallerIdentity: keys come from STS
// (AssumeRole, AssumeRoleWithWebIdentity), the SSO portal, instance metadata and the container endpoint,
// some of which are servers of their own (imds.ts, ecsCredentials.ts). Keys are random, so one map for
// the process is safe; a key issued by an earlier sandbox still names its account (sessionKeys.ts).

import { newSecret, newSessionKey } from './sessionKeys.js';

export interface IssuedIdentity {
  arn: string;
  roleId: string;
}

const issued = new Map<string, IssuedIdentity>();

export function issuedIdentity(accessKeyId: string): IssuedIdentity | undefined {
  return issued.get(accessKeyId);
}

export interface RoleKeys {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

/** Temporary keys for `role` in `accountId`, known to GetCallerIdentity as that role's session. */
export function issueRoleKeys(accountId: string, role: string, sessionName: string, ttlMs = 3_600_000): RoleKeys {
  const accessKeyId = newSessionKey(accountId);
  const roleId = `AROASANDBOX${role.toUpperCase().replace(/[^A-Z0-9]/g, '')}:${sessionName}`;
  issued.set(accessKeyId, { arn: `arn:aws:sts::${accountId}:assumed-role/${role}/${sessionName}`, roleId });
  return { accessKeyId, secretAccessKey: newSecret(), sessionToken: `sandbox-session-${newSecret()}`, expiration: new Date(Date.now() + ttlMs) };
}

/**
 * Role keys as the container-credentials and instance-metadata endpoints send them: the JSON the SDK's
 * fromContainerMetadata / fromInstanceMetadata read (`extra`: the fields only one of them has).
 */
export function roleKeysJson(k: RoleKeys, extra: Record<string, string> = {}): string {
  return JSON.stringify({
    ...extra,
    AccessKeyId: k.accessKeyId,
    SecretAccessKey: k.secretAccessKey,
    Token: k.sessionToken,
    Expiration: k.expiration.toISOString(),
  });
}
