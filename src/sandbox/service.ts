// What the router hands a service and expects back. A service is a module exporting a factory of this
// shape; adding one (EC2, STS) is adding its folder plus one line in server.ts's SERVICES table.

import type { IncomingMessage } from 'node:http';
import type { SandboxAccount } from './accounts.js';
import type { AwsError } from './errors.js';
import type { SandboxOptions, SandboxRequest } from './types.js';

export interface RequestContext {
  req: IncomingMessage;
  method: string;
  /** The path exactly as sent, still percent-encoded: S3 keys may contain '..', '//' and '%2F'. */
  rawPath: string;
  query: URLSearchParams;
  account: SandboxAccount;
  /** The region of the credential scope, i.e. the region the client signed for. */
  region: string;
  requestId: string;
  /** This request's entry in Sandbox.requests; the service fills in op, bucket and key. */
  record: SandboxRequest;
}

export interface Reply {
  status: number;
  headers?: Record<string, string | number>;
  /** Omitted for HEAD and 204; the router sets Content-Length from it. */
  body?: string | Buffer;
}

export interface ServiceModule {
  /** Serves one request; throws AwsError for an error reply. */
  handle(ctx: RequestContext): Promise<Reply>;
  /** Renders an error in this service's wire format. */
  errorReply(err: AwsError, ctx: { method: string; requestId: string }): Reply;
  /** The error this service answers for an access key it does not know (S3: InvalidAccessKeyId). */
  unknownAccessKey(accessKeyId: string): AwsError;
  /** Stops timers the service keeps (e.g. EC2 state transitions). */
  close?(): void;
}

export type ServiceFactory = (opts: SandboxOptions) => ServiceModule;
