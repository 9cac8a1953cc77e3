// EC2 instance metadata (IMDSv2 only, as an instance with HttpTokens=required): PUT /latest/api/token
// for a session token, then the role's credentials under /latest/meta-data/iam/security-credentials/.
// Point the SDK at it with AWS_EC2_METADATA_SERVICE_ENDPOINT.

import { randomBytes } from 'node:crypto';
import { SANDBOX_ACCOUNTS } from './accounts.js';
import { issueRoleKeys, roleKeysJson } from './sts/issued.js';
import { listenLoopback, type LoopbackServer } from './loopback.js';

export const IMDS_ROLE = 'sandbox-instance-role';
export const IMDS_INSTANCE_ID = 'i-0sandbox0instance';
const CREDS_PATH = '/latest/meta-data/iam/security-credentials/';

export function startImds(options: { port?: number; account?: string } = {}): Promise<LoopbackServer> {
  const account = SANDBOX_ACCOUNTS.find((a) => a.name === (options.account ?? 'dev'))!;
  const tokens = new Map<string, number>();
  return listenLoopback((req) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'PUT' && path === '/latest/api/token') {
      const ttl = Number(req.headers['x-aws-ec2-metadata-token-ttl-seconds']);
      if (!(ttl >= 1 && ttl <= 21600)) return { status: 400, body: 'Bad Request' };
      const token = randomBytes(24).toString('base64');
      tokens.set(token, Date.now() + ttl * 1000);
      return { status: 200, body: token };
    }
    if (req.method !== 'GET') return { status: 405, body: 'Method Not Allowed' };
    const expiry = tokens.get(String(req.headers['x-aws-ec2-metadata-token'] ?? ''));
    if (!expiry || expiry < Date.now()) return { status: 401, body: 'Unauthorized' };
    if (path === CREDS_PATH) return { status: 200, body: IMDS_ROLE };
    if (path === CREDS_PATH + IMDS_ROLE) {
      const k = issueRoleKeys(account.accountId, IMDS_ROLE, IMDS_INSTANCE_ID);
      const body = roleKeysJson(k, { Code: 'Success', LastUpdated: new Date().toISOString(), Type: 'AWS-HMAC' });
      return { status: 200, body, type: 'application/json' };
    }
    return { status: 404, body: 'Not Found' };
  }, options.port);
}
