// The SSO portal's GetRoleCredentials (GET /federation/credentials): an access token from SSO-OIDC
// becomes temporary keys for a permission set in an account, the keys the SDK's SSO provider signs with.

import { SANDBOX_ACCOUNTS } from '../accounts.js';
import type { Reply } from '../service.js';
import { issueRoleKeys } from '../sts/issued.js';
import { JsonError, json } from './json.js';
import type { SsoState } from './state.js';

/** The permission sets every sandbox account offers. */
export const SSO_ROLES = ['Admin', 'ReadOnly'];

export function getRoleCredentials(state: SsoState, query: URLSearchParams, bearer: string | undefined, requestId: string): Reply {
  const t = bearer ? state.tokens.get(bearer) : undefined;
  if (!t || t.revoked || t.expiresAt < Date.now()) throw new JsonError(401, 'UnauthorizedException', undefined, 'Session token not found or invalid');
  const account = SANDBOX_ACCOUNTS.find((a) => a.accountId === query.get('account_id'));
  const role = query.get('role_name') ?? '';
  if (!account || !SSO_ROLES.includes(role)) {
    throw new JsonError(403, 'ForbiddenException', undefined, 'No access');
  }
  const keys = issueRoleKeys(account.accountId, `AWSReservedSSO_${role}_sandbox`, `${account.name}-user`, (state.options.roleCredentialsSeconds ?? 3600) * 1000);
  return json(200, {
    roleCredentials: {
      accessKeyId: keys.accessKeyId,
      secretAccessKey: keys.secretAccessKey,
      sessionToken: keys.sessionToken,
      expiration: keys.expiration.getTime(),
    },
  }, requestId);
}
