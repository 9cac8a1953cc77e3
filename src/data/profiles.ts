// Profiles from the shared config and credentials files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
// else ~/.aws/…), read with the SDK's own loader, plus an "environment" entry when keys are set there.
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';

export type ProfileKind = 'static keys' | 'sso' | 'assume role' | 'process' | 'web identity' | 'environment' | 'unknown';

export interface ProfileInfo {
  name: string;
  kind: ProfileKind;
  source: 'file' | 'env';
  region?: string;
  endpoint?: string;
  serviceEndpoints?: Record<string, string>;
}

type Section = Record<string, string | undefined>;

export function profileKind(s: Section): ProfileKind {
  if (s.sso_session || s.sso_start_url) return 'sso';
  if (s.role_arn && s.web_identity_token_file) return 'web identity';
  if (s.role_arn) return 'assume role';
  if (s.credential_process) return 'process';
  if (s.aws_access_key_id) return 'static keys';
  return 'unknown';
}

export async function loadProfiles(env: NodeJS.ProcessEnv = process.env): Promise<ProfileInfo[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({
    filepath: env.AWS_SHARED_CREDENTIALS_FILE,
    configFilepath: env.AWS_CONFIG_FILE,
  });
  const names = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)]);
  const profiles: ProfileInfo[] = [];
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    profiles.push({ name: 'environment', kind: 'environment', source: 'env', region: env.AWS_REGION || env.AWS_DEFAULT_REGION });
  }
  for (const name of [...names].sort(defaultFirst)) {
    const section: Section = { ...credentialsFile[name], ...configFile[name] };
    profiles.push({
      name,
      kind: profileKind(section),
      source: 'file',
      region: section.region,
      endpoint: section.endpoint_url,
    });
  }
  return profiles;
}

function defaultFirst(a: string, b: string): number {
  if (a === 'default') return -1;
  if (b === 'default') return 1;
  return a.localeCompare(b);
}
