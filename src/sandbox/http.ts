// Small HTTP helpers shared by the services.

import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AwsError } from './errors.js';

/** Reads a whole request body, refusing more than `limit` bytes (the rest is drained, not buffered). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        reject(
          new AwsError(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
            MaxSizeAllowed: String(limit),
          }),
        );
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', reject);
    // A client that gives up mid-upload closes the socket; never leave the handler waiting for 'end'.
    req.on('close', () => {
      if (!req.complete && !refused) reject(new AwsError(400, 'IncompleteBody', 'The request body ended early.'));
    });
  });
}

/** Like S3's x-amz-request-id: 16 upper-case hex digits. */
export function newRequestId(): string {
  return randomBytes(8).toString('hex').toUpperCase();
}

/** Like S3's x-amz-id-2 (the "host id"): an opaque base64 blob. */
export function newHostId(): string {
  return randomBytes(48).toString('base64');
}

/** Query parameters are case-sensitive in S3, and a name may appear without a value ("?delete"). */
export function parseQuery(search: string): URLSearchParams {
  return new URLSearchParams(search);
}

/**
 * An AWS query-protocol request (EC2, STS): its form (the POST body, or the query string of a GET) and
 * its Action, which is recorded as the request's operation.
 */
export async function queryAction(ctx: { method: string; req: IncomingMessage; query: URLSearchParams; record: { op: string } }): Promise<{ form: URLSearchParams; action: string }> {
  const form = ctx.method === 'POST' ? new URLSearchParams((await readBody(ctx.req, 1 << 20)).toString()) : ctx.query;
  const action = form.get('Action') ?? 'unknown';
  ctx.record.op = action;
  return { form, action };
}
