// `awsnav --sandbox`: start the local endpoint, point the AWS config at a temporary pair of files
// holding its demo profiles and an awsnav config beside them, and make sure nothing of the person's own
// setup leaks in (their ~/.aws and ~/.config are never read or touched in sandbox mode). Returns the cleanup.
import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from './index';
import { writeSandboxAwsFiles } from './profiles';
import { startImds } from './imds';

// awsnav's own config for the sandbox, beside its AWS files (never the person's ~/.config): prod is
// read-only with a red accent, to show how production can look and behave unlike dev.
const AWSNAV_CONFIG = `[profile prod]
readonly = true
accent = red

[profile prod-admin]
accent = red
`;

const SCRUBBED = [
  'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL_EC2',
  'AWS_ENDPOINT_URL_STS', 'AWS_ROLE_ARN', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN', 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
  'AWS_EC2_METADATA_SERVICE_ENDPOINT', 'AWS_EC2_METADATA_DISABLED',
];

export async function startSandboxEnvironment(env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  const latency = Number(env.AWSNAV_SANDBOX_LATENCY_MS ?? 0) || 0;
  const ec2Delay = Number(env.AWSNAV_SANDBOX_EC2_DELAY_MS);
  const polls = Number(env.AWSNAV_SANDBOX_SSO_POLLS ?? 3);
  const sandbox = await startSandbox({
    latencyMs: latency,
    ...(Number.isFinite(ec2Delay) && env.AWSNAV_SANDBOX_EC2_DELAY_MS ? { ec2TransitionMs: ec2Delay } : {}),
    // The demo sign-in is approved after a few polls (AWSNAV_SANDBOX_SSO_POLLS; 0: only on the page).
    sso: { approveAfterPolls: Number.isFinite(polls) ? polls : 3 },
  });
  const imds = await startImds();
  const files = writeSandboxAwsFiles(sandbox.url);
  for (const k of SCRUBBED) delete env[k];
  env.AWS_CONFIG_FILE = files.configFile;
  env.AWS_SHARED_CREDENTIALS_FILE = files.credentialsFile;
  // `:sandbox` and the log say how other tools reach the same sandbox (shareLines.ts).
  env.AWSNAV_SANDBOX_URL = sandbox.url;
  env.AWSNAV_CONFIG_FILE = join(files.dir, 'awsnav-config');
  writeFileSync(env.AWSNAV_CONFIG_FILE, AWSNAV_CONFIG, { mode: 0o600 });
  // Instance metadata is the sandbox's own (dev-instance), so nothing waits for 169.254.169.254.
  env.AWS_EC2_METADATA_SERVICE_ENDPOINT = imds.url;
  // The SSO token cache (~/.aws/sso/cache) goes beside the sandbox's files, never into the person's
  // home: HOME moves there (the SDK reads the cache from HOME), the log and caches stay where they were.
  env.XDG_STATE_HOME ||= join(homedir(), '.local', 'state');
  env.XDG_CACHE_HOME ||= join(homedir(), '.cache');
  // A path the person types (~/Downloads) still means their home (data/home.ts).
  env.AWSNAV_PERSON_HOME ||= homedir();
  env.HOME = files.dir;
  return async () => {
    await Promise.all([sandbox.close(), imds.close()]);
    files.cleanup();
  };
}
