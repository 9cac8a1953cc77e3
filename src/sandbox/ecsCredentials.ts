// The container credentials endpoint (ECS task role, EKS Pod Identity): GET with the task's
// authorization token, answered with the role's keys. Point the SDK at it with
// AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN.

import { randomBytes } from 'node:crypto';
import { SANDBOX_ACCOUNTS } from './accounts.js';
import { issueRoleKeys, roleKeysJson } from './sts/issued.js';
import { listenLoopback, type LoopbackServer } from './loopback.js';

export const ECS_ROLE = 'sandbox-task-role';
const PATH = '/v2/credentials/sandbox-task';

export interface EcsCredentialsServer extends LoopbackServer {
  /** AWS_CONTAINER_CREDENTIALS_FULL_URI */
  fullUri: string;
  /** AWS_CONTAINER_AUTHORIZATION_TOKEN */
  authToken: string;
}

export async function startEcsCredentials(options: { port?: number; account?: string } = {}): Promise<EcsCredentialsServer> {
  const account = SANDBOX_ACCOUNTS.find((a) => a.name === (options.account ?? 'dev'))!;
  const authToken = randomBytes(18).toString('base64url');
  const server = await listenLoopback((req) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== PATH) return { status: 404, body: 'Not Found' };
    if (req.headers.authorization !== authToken) return { status: 401, body: JSON.stringify({ message: 'Unauthorized' }), type: 'application/json' };
    const k = issueRoleKeys(account.accountId, ECS_ROLE, 'sandbox-task');
    const body = roleKeysJson(k, { RoleArn: `arn:aws:iam::${account.accountId}:role/${ECS_ROLE}` });
    return { status: 200, body, type: 'application/json' };
  }, options.port);
  return { ...server, fullUri: server.url + PATH, authToken };
}
