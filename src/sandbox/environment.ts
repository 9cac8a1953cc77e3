// `awsnav --sandbox`: start the local endpoint, point the AWS config at a temporary pair of files
// holding its `dev` and `prod` profiles, and make sure nothing of the person's own AWS setup leaks in
// (their ~/.aws is never read or touched in sandbox mode). Returns the cleanup.
import { startSandbox } from './index';
import { writeSandboxAwsFiles } from './profiles';

const SCRUBBED = [
  'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_EC2',
  'AWS_ENDPOINT_URL_STS', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

export async function startSandboxEnvironment(env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  const latency = Number(env.AWSNAV_SANDBOX_LATENCY_MS ?? 0) || 0;
  const sandbox = await startSandbox({ latencyMs: latency });
  const files = writeSandboxAwsFiles(sandbox.url);
  for (const k of SCRUBBED) delete env[k];
  env.AWS_CONFIG_FILE = files.configFile;
  env.AWS_SHARED_CREDENTIALS_FILE = files.credentialsFile;
  // Instance metadata would be asked last in the chain; there is none here, so don't wait for it.
  env.AWS_EC2_METADATA_DISABLED = 'true';
  return async () => {
    await sandbox.close();
    files.cleanup();
  };
}
