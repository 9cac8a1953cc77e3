// awsnav's built-in sandbox: a local AWS-compatible endpoint (S3 today; EC2 and STS to come) with demo
// data for two accounts, spoken to by the unmodified SDK clients over HTTP.

export type { Sandbox, SandboxBucket, SandboxOptions, SandboxRequest, SandboxService } from './types.js';
export { SANDBOX_ACCOUNTS, type SandboxAccount } from './accounts.js';
export { startSandbox } from './server.js';
export { writeSandboxAwsFiles } from './profiles.js';
export { SyntheticBucketStore, MemoryBucketStore, type BucketStore } from './s3/index.js';
