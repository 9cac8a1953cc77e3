// The S3 service module: REST over path-style URLs, demo buckets per account.

import { AwsError } from '../errors.js';
import type { ServiceModule } from '../service.js';
import { s3ErrorReply } from './errors.js';
import { handleS3 } from './handler.js';
import { S3World } from './world.js';

export type { BucketStore, ListQuery, ListPage, VersionsQuery, VersionsPage, PutInput, DeleteOutcome } from './store.js';
export { MemoryBucketStore } from './store.js';
export type { KeyIndex } from './listing.js';
export { walk, compareKeys, encodeToken, decodeToken } from './listing.js';
export { walkVersions } from './versionWalk.js';

export function createS3Service(): ServiceModule {
  const world = new S3World();
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
