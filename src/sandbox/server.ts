// The router: one HTTP server on 127.0.0.1 for every service. The SigV4 credential scope names the service
// (s3 / ec2 / sts) and the access key names the account; the rest is the service module's business.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { accountByAccessKey } from './accounts.js';
import { readCredentialScope } from './auth.js';
import { verifyQuerySignature } from './queryAuth.js';
import { AwsError } from './errors.js';
import { newHostId, newRequestId, parseQuery } from './http.js';
import { createS3Service } from './s3/index.js';
import { createEc2Service } from './ec2/index.js';
import { createStsService } from './sts/index.js';
import type { Reply, RequestContext, ServiceFactory, ServiceModule } from './service.js';
import type { Sandbox, SandboxOptions, SandboxRequest, SandboxService } from './types.js';
import { createUnsignedRoutes } from './unsigned.js';
import { listenLocal } from './loopback.js';
import type { SsoControl, SsoOptions } from './sso/index.js';

// Adding a service: write src/sandbox/<name>/ exporting a ServiceFactory, and add its line here.
const SERVICES: Record<Exclude<SandboxService, 'unknown'>, ServiceFactory> = {
  s3: createS3Service,
  ec2: createEc2Service,
  sts: createStsService,
};

function isKnownService(name: string): name is keyof typeof SERVICES {
  return Object.prototype.hasOwnProperty.call(SERVICES, name);
}

export async function startSandbox(opts: SandboxOptions & { sso?: SsoOptions } = {}): Promise<Sandbox & { sso: SsoControl }> {
  const latencyMs = Math.max(0, opts.latencyMs ?? 0);
  const requests: SandboxRequest[] = [];
  const modules = new Map<string, ServiceModule>();
  for (const [name, factory] of Object.entries(SERVICES)) modules.set(name, factory(opts));
  const s3 = modules.get('s3')!;
  // SSO-OIDC, the SSO portal and AssumeRoleWithWebIdentity come unsigned (unsigned.ts).
  const unsigned = createUnsignedRoutes(opts.sso);
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const delay = () =>
    latencyMs === 0
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            timers.delete(t);
            resolve();
          }, latencyMs);
          timers.add(t);
        });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const rawPath = q < 0 ? url : url.slice(0, q);
    const query = parseQuery(q < 0 ? '' : url.slice(q + 1));
    const requestId = newRequestId();
    const scope = readCredentialScope(req, query);
    const service: SandboxService = scope && isKnownService(scope.service) ? scope.service : 'unknown';
    const account = scope ? accountByAccessKey(scope.accessKeyId) : undefined;
    const record: SandboxRequest = { service, account: account?.name ?? '', method, op: 'unknown', at: Date.now() };
    requests.push(record);
    const early = scope ? undefined : await unsigned.serve(req, method, rawPath, query, requestId, record).catch(() => undefined);
    if (early) {
      await delay();
      if (!closed && !res.destroyed) write(res, method, requestId, early);
      return;
    }

    // Anonymous or unknown-service requests get S3's error shape: a bare URL is most likely S3 (a browser
    // following a link), and nothing else on this endpoint can be reached without a credential scope.
    const module = service === 'unknown' ? s3 : modules.get(service)!;
    let reply: Reply;
    try {
      if (!scope) throw new AwsError(403, 'AccessDenied', 'Anonymous access is not allowed in the sandbox.');
      if (service === 'unknown') {
        throw new AwsError(400, 'UnsupportedOperation', `The sandbox does not serve the service '${scope.service}'.`);
      }
      if (!account) throw module.unknownAccessKey(scope.accessKeyId);
      // A presigned URL is the one request whose signature is checked (queryAuth.ts says why).
      if (!req.headers.authorization) verifyQuerySignature(req, rawPath, query, scope, account);
      const ctx: RequestContext = { req, method, rawPath, query, account, region: scope.region, requestId, record };
      reply = await module.handle(ctx);
    } catch (e) {
      const err =
        e instanceof AwsError
          ? e
          : new AwsError(500, 'InternalError', `Sandbox internal error: ${e instanceof Error ? e.message : String(e)}`);
      reply = module.errorReply(err, { method, requestId });
    }
    await delay();
    if (closed || res.destroyed) return;
    write(res, method, requestId, reply);
  }

  const server = createServer((req, res) => {
    void serve(req, res);
  });
  const listening = await listenLocal(server, opts.port ?? 0);
  return {
    url: listening.url,
    port: listening.port,
    requests,
    sso: unsigned.sso,
    close: () => {
      if (closed) return Promise.resolve();
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const m of modules.values()) m.close?.();
      return listening.close();
    },
  };
}

function write(res: ServerResponse, method: string, requestId: string, reply: Reply): void {
  const headers: Record<string, string | number> = {
    'x-amz-request-id': requestId,
    'x-amz-id-2': newHostId(),
    date: new Date().toUTCString(),
    ...reply.headers,
  };
  const body = reply.body === undefined ? undefined : typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
  if (body !== undefined) headers['content-length'] = body.length;
  else if (headers['content-length'] === undefined && reply.status !== 204 && reply.status !== 304) {
    headers['content-length'] = 0;
  }
  res.writeHead(reply.status, headers);
  res.end(method === 'HEAD' ? undefined : body);
}
