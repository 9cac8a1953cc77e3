// The S3 service module: REST over path-style URLs, demo buckets per account.

import { AwsError } from '../errors.js';
import type { ServiceModule } from '../service.js';
import type { SandboxOptions } from '../types.js';
import { s3ErrorReply } from './errors.js';
import { handleS3 } from './handler.js';
import { S3World } from './world.js';
import { SANDBOX_ACCOUNTS } from '../accounts.js';
import { demoBuckets } from './demoData.js';

export type { BucketStore, ListQuery, ListPage, VersionsQuery, VersionsPage, PutInput, DeleteOutcome } from './store.js';
export { MemoryBucketStore, listPage, versionsPage } from './store.js';
export type { KeyIndex } from './listing.js';
export { walk, compareKeys, encodeToken, decodeToken } from './listing.js';
export { walkVersions } from './versionWalk.js';
export { SyntheticBucketStore, type SyntheticBucketOptions } from './synthetic.js';

export function createS3Service(opts: SandboxOptions = {}): ServiceModule {
  const world = new S3World(SANDBOX_ACCOUNTS, demoBuckets, opts.s3Buckets);
  return {
    async handle(ctx) {
      const reply = await handleS3(world, ctx);
      return { ...reply, headers: { server: 'AmazonS3', ...reply.headers } };
    },
    errorReply: s3ErrorReply,
    unknownAccessKey: (accessKeyId) =>
      new AwsError(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', {
        AWSAccessKeyId: accessKeyId,
      }),
  };
}
