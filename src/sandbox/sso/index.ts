// The sandbox's IAM Identity Center over HTTP: SSO-OIDC (register, device authorization, token), the
// SSO portal's GetRoleCredentials, and the verification page a person opens to approve. None of these
// requests is SigV4-signed, so the router hands them here by path before it looks for a credential scope.

import type { IncomingMessage } from 'node:http';
import { readBody } from '../http.js';
import type { Reply } from '../service.js';
import { JsonError, jsonError } from './json.js';
import { createToken, registerClient, startDeviceAuthorization } from './oidc.js';
import { getRoleCredentials } from './portal.js';
import { SsoState, type SsoOptions } from './state.js';

export type { SsoOptions } from './state.js';
export { SSO_ROLES } from './portal.js';

export interface SsoControl {
  /** Approve a pending device login as the person would in the browser (every pending one without a code). */
  approve(userCode?: string): boolean;
  /** End every SSO session early: the portal refuses the tokens issued so far. */
  revokeAll(): void;
  readonly state: SsoState;
}

const OIDC_OPS: Record<string, string> = { '/client/register': 'RegisterClient', '/device_authorization': 'StartDeviceAuthorization', '/token': 'CreateToken' };

export function createSso(options: SsoOptions = {}) {
  const state = new SsoState(options);
  const control: SsoControl = { approve: (c) => state.approve(c), revokeAll: () => state.revokeAll(), state };

  /** The operation this unsigned request is, or undefined when it is not one of ours. */
  function match(req: IncomingMessage, method: string, rawPath: string): string | undefined {
    if (method === 'POST' && OIDC_OPS[rawPath] && /json/.test(String(req.headers['content-type'] ?? ''))) return OIDC_OPS[rawPath];
    if (method === 'GET' && rawPath === '/federation/credentials' && req.headers['x-amz-sso_bearer_token']) return 'GetRoleCredentials';
    if ((method === 'GET' || method === 'POST') && rawPath === '/sandbox-sso/device') return 'VerificationPage';
    return undefined;
  }

  async function handle(op: string, req: IncomingMessage, query: URLSearchParams, requestId: string, baseUrl: string): Promise<Reply> {
    try {
      if (op === 'GetRoleCredentials') return getRoleCredentials(state, query, String(req.headers['x-amz-sso_bearer_token']), requestId);
      if (op === 'VerificationPage') return verificationPage(req, query);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse((await readBody(req, 1 << 16)).toString() || '{}');
      } catch {
        throw new JsonError(400, 'InvalidRequestException', 'invalid_request', 'The body is not JSON.');
      }
      if (op === 'RegisterClient') return registerClient(state, body, requestId);
      if (op === 'StartDeviceAuthorization') return startDeviceAuthorization(state, body, requestId, baseUrl);
      return createToken(state, body, requestId);
    } catch (e) {
      if (e instanceof JsonError) return jsonError(e, requestId);
      throw e;
    }
  }

  /** What the browser shows at the verification URL: the code, and a button that approves it. */
  function verificationPage(req: IncomingMessage, query: URLSearchParams): Reply {
    const code = (query.get('user_code') ?? '').replace(/[^A-Za-z-]/g, '').slice(0, 9);
    const approved = req.method === 'POST' && state.approve(code || undefined);
    const html =
      `<!doctype html><title>awsnav sandbox sign-in</title><h1>awsnav sandbox</h1>` +
      (approved
        ? `<p>Request ${code} approved. You can close this page and go back to awsnav.</p>`
        : `<form method="post"><p>Code: <b>${code || '(none given)'}</b></p><button>Allow</button></form>`);
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
  }

  return { control, match, handle };
}
