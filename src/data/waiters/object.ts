// S3's ObjectExists waiter (boto3's `Object.wait_until_exists()`): HeadObject until it answers 200;
// 404 means not yet. Any other error (AccessDenied…) ends the run as a failure.
import type { HeadObjectCommandOutput, S3Client } from '@aws-sdk/client-s3';
import { errorName } from './acceptors';
import type { WaiterDefinition } from './loop';

/** boto3's defaults for ObjectExists: Delay 5 s, MaxAttempts 20. */
export const OBJECT_WAITER_DEFAULTS = { delay: 5, maxAttempts: 20 };

export function objectExistsWaiter(client: S3Client, bucket: string, key: string): WaiterDefinition<HeadObjectCommandOutput> {
  return {
    name: 'object exists',
    async poll(signal) {
      const { HeadObjectCommand } = await import('@aws-sdk/client-s3');
      return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }), { abortSignal: signal });
    },
    acceptors: [
      { state: 'success', matcher: 'success', expected: true },
      { state: 'retry', matcher: 'error', expected: 'NotFound' },
    ],
    observe: (o) => (o.ok ? 'exists' : errorName(o.error) === 'NotFound' ? 'not there yet' : errorName(o.error)),
  };
}
