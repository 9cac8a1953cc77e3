// The two sides of every comparison talk to the same endpoint with the same account: awsnav through
// its Session (the clients it builds for itself), the reference through a bare SDK client configured
// the way anyone would configure one for a custom endpoint.
import { S3Client } from '@aws-sdk/client-s3';
import { Session } from '../src/data/session';
import { SANDBOX_ACCOUNTS } from '../src/sandbox/accounts';
import { node, type TreeNode } from '../src/data/tree';
import { profileNode, rootNode, type ProfileRecord } from '../src/data/root';
import { s3Bucket, s3Prefix, s3Service } from '../src/data/s3/nodes';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const dev = SANDBOX_ACCOUNTS.find((a) => a.name === 'dev')!;
const credentials = { accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey };

export function benchSession(url: string): Session {
  return new Session({ name: 'dev', kind: 'static keys', source: 'file', region: dev.region, endpoint: url }, dev.region, {
    clientConfig: { credentials },
  });
}

export function rawClient(url: string): S3Client {
  return new S3Client({ region: dev.region, endpoint: url, forcePathStyle: true, credentials });
}

/** The aws CLI's environment for the same account (never the person's own profiles). */
export function cliEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    AWS_ACCESS_KEY_ID: dev.accessKeyId,
    AWS_SECRET_ACCESS_KEY: dev.secretAccessKey,
    AWS_DEFAULT_REGION: dev.region,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
}

/** The path the browser opens at: profiles › dev › s3 › bucket [› prefix], as if walked by hand. */
export function bucketPath(session: Session, bucket: string, prefix?: string): TreeNode[] {
  // Known from ListBuckets when walked by hand; set here so no GetBucketLocation is measured.
  session.bucketRegions.set(bucket, session.region);
  const profile = node<ProfileRecord>(profileNode, 'dev', 'dev', { session });
  const path: TreeNode[] = [
    rootNode([profile]),
    profile,
    node(s3Service, 's3', 's3', null),
    node(s3Bucket, bucket, bucket, { name: bucket, region: session.region }),
  ];
  if (prefix) path.push(node(s3Prefix, prefix, prefix, { bucket, prefix }));
  return path;
}
