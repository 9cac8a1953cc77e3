// The restJson1 wire format of SSO-OIDC and the SSO portal: JSON bodies, the error's name in
// x-amzn-errortype (what the SDK reads to pick the exception class).

import type { Reply } from '../service.js';

export function json(status: number, body: unknown, requestId: string): Reply {
  return { status, headers: { 'content-type': 'application/json', 'x-amzn-requestid': requestId }, body: JSON.stringify(body) };
}

export class JsonError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    /** SSO-OIDC's errors carry OAuth's `error` code (authorization_pending…); the portal's only a message. */
    readonly oauthError: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export function jsonError(err: JsonError, requestId: string): Reply {
  const body = err.oauthError ? { error: err.oauthError, error_description: err.message } : { message: err.message };
  const reply = json(err.status, body, requestId);
  return { ...reply, headers: { ...reply.headers, 'x-amzn-errortype': err.type } };
}
