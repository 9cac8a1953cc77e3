// Requests that carry no SigV4 signature but are still AWS calls: SSO-OIDC, the SSO portal, the
// verification page, and STS AssumeRoleWithWebIdentity. The router asks here first for any request
// without a credential scope; whatever is not one of these stays an anonymous request (S3's AccessDenied).

import type { IncomingMessage } from 'node:http';
import type { Reply } from './service.js';
import type { SandboxRequest } from './types.js';
import { createSso, type SsoOptions } from './sso/index.js';
import { handleUnsignedSts, isUnsignedSts } from './sts/webIdentity.js';

export function createUnsignedRoutes(options?: SsoOptions) {
  const sso = createSso(options);
  return {
    sso: sso.control,
    /** The reply when the request is one of ours, else undefined. */
    async serve(req: IncomingMessage, method: string, rawPath: string, query: URLSearchParams, requestId: string, record: SandboxRequest): Promise<Reply | undefined> {
      if (isUnsignedSts(req, method, rawPath)) {
        record.service = 'sts';
        return handleUnsignedSts(req, requestId, record);
      }
      const op = sso.match(req, method, rawPath);
      if (!op) return undefined;
      record.op = op;
      return sso.handle(op, req, query, requestId, `http://${req.headers.host ?? '127.0.0.1'}`);
    },
  };
}
