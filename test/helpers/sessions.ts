// Sessions for integration tests: the real data layer and real SDK clients, pointed at a local server.
import { Session, type SessionOptions } from '../../src/data/session';
import { SANDBOX_ACCOUNTS } from '../../src/sandbox/index';
import type { Ctx } from '../../src/data/tree';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export function sandboxSession(
  url: string,
  account: 'dev' | 'prod' = 'dev',
  extra: Record<string, unknown> = {},
  options: Omit<SessionOptions, 'clientConfig'> = {},
): Session {
  const a = SANDBOX_ACCOUNTS.find((x) => x.name === account)!;
  return new Session({ name: account, kind: 'static keys', source: 'file', region: a.region, endpoint: url }, a.region, {
    ...options,
    clientConfig: { credentials: { accessKeyId: a.accessKeyId, secretAccessKey: a.secretAccessKey }, ...extra },
  });
}

export function s3rverSession(url: string): Session {
  return new Session({ name: 's3rver', kind: 'static keys', source: 'file', region: 'us-east-1', endpoint: url }, 'us-east-1', {
    clientConfig: {
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      // s3rver does not understand the SDK's default aws-chunked bodies with a checksum trailer.
      requestChecksumCalculation: 'WHEN_REQUIRED',
    },
  });
}

export const ctxOf = (session: Session): Ctx => ({ session });

export async function collect<T>(pages: AsyncIterable<{ items: T[] }>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let n = 0;
  for await (const p of pages) {
    items.push(...p.items);
    n++;
  }
  return { items, pages: n };
}
