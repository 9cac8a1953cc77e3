// Profiles from the shared config and credentials files (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE,
// else ~/.aws/…), read with the SDK's own loader, plus an "environment" entry when credentials are set
// in environment variables, or a "default-chain" entry when there is nothing at all (an instance or a
// container with a role: the SDK's chain finds its credentials). Lines the loader would skip are reported with file and line
// (configProblems.ts); every profile that can still be read is listed.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles } from '@smithy/core/config';
import { lintAwsFile, noProfilesProblem, readConfigText, type ConfigProblem } from './configProblems';

export type ProfileKind = 'static keys' | 'sso' | 'assume role' | 'process' | 'web identity' | 'environment' | 'default chain' | 'unknown';

export interface ProfileInfo {
  name: string;
  kind: ProfileKind;
  source: 'file' | 'env';
  region?: string;
  endpoint?: string;
  /** The profile's `services` section: endpoint_url per service id (s3, ec2, sts). */
  serviceEndpoints?: Record<string, string>;
  /** How it signs in, in a few words: "via dev", "sso-session corp", "credential_source Environment". */
  detail?: string;
  /** Assume-role with MFA: the device whose code awsnav asks for. */
  mfaSerial?: string;
  /** The command of a credential_process profile, which awsnav runs itself (credentialProcess.ts). */
  credentialProcess?: string;
  /** `ignore_configured_endpoint_urls = true`: only --endpoint-url counts. */
  ignoreConfiguredEndpoints?: boolean;
}

type Section = Record<string, string | undefined>;

export function profileKind(s: Section): ProfileKind {
  // The SDK's own order (credential-provider-ini resolveProfileData): assume-role before static keys.
  if (s.role_arn && s.web_identity_token_file) return 'web identity';
  if (s.role_arn && (s.source_profile || s.credential_source)) return 'assume role';
  if (s.aws_access_key_id && s.aws_secret_access_key) return 'static keys';
  if (s.credential_process) return 'process';
  if (s.sso_session || s.sso_start_url || s.sso_account_id || s.sso_role_name) return 'sso';
  return 'unknown';
}

function detailOf(kind: ProfileKind, s: Section): string | undefined {
  switch (kind) {
    case 'assume role':
      return s.source_profile ? `via ${s.source_profile}${s.mfa_serial ? ', MFA' : ''}` : `credential_source ${s.credential_source}`;
    case 'sso':
      return s.sso_session ? `sso-session ${s.sso_session}` : 'legacy SSO';
    case 'web identity':
      return 'token file';
  }
  return undefined;
}

export interface AwsConfigFiles {
  configFile: string;
  credentialsFile: string;
}

export function awsConfigFiles(env: NodeJS.ProcessEnv = process.env): AwsConfigFiles {
  const home = (p: string) => (p.startsWith('~/') ? join(homedir(), p.slice(2)) : p);
  return {
    configFile: home(env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config')),
    credentialsFile: home(env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials')),
  };
}

/** The "environment" pseudo-profile, when credentials are set in environment variables. */
export function environmentProfile(env: NodeJS.ProcessEnv): ProfileInfo | undefined {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  let detail: string | undefined;
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) detail = env.AWS_SESSION_TOKEN ? 'temporary keys' : 'keys';
  else if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) detail = 'web identity';
  else if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) detail = 'container';
  if (!detail) return undefined;
  return { name: 'environment', kind: 'environment', source: 'env', region, detail };
}

/** With no profile and no keys anywhere: the SDK's default chain (web identity, ECS, instance metadata). */
export function defaultChainProfile(env: NodeJS.ProcessEnv): ProfileInfo {
  const region = env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
  return { name: 'default-chain', kind: 'default chain', source: 'env', region, detail: 'instance metadata, container or web identity' };
}

export async function loadAwsConfig(env: NodeJS.ProcessEnv = process.env): Promise<{ profiles: ProfileInfo[]; problems: ConfigProblem[] }> {
  const files = awsConfigFiles(env);
  const problems: ConfigProblem[] = [];
  let anyFile = false;
  for (const [file, kind] of [[files.configFile, 'config'], [files.credentialsFile, 'credentials']] as const) {
    const { text, problem } = readConfigText(file);
    if (problem) problems.push(problem);
    if (text !== undefined || problem) anyFile = true;
    if (text !== undefined) problems.push(...lintAwsFile(text, file, kind));
  }
  // ignoreCache: a profile added while awsnav runs shows up on the next load.
  const { configFile, credentialsFile } = await loadSharedConfigFiles({
    filepath: files.credentialsFile,
    configFilepath: files.configFile,
    ignoreCache: true,
  });
  // configFile also holds "sso-session NAME" and "services NAME" sections, keyed with a prefix.
  const isProfile = (k: string) => !k.startsWith('sso-session.') && !k.startsWith('services.');
  const names = new Set([...Object.keys(configFile).filter(isProfile), ...Object.keys(credentialsFile)]);
  const profiles: ProfileInfo[] = [];
  const fromEnv = environmentProfile(env);
  if (fromEnv) profiles.push(fromEnv);
  for (const name of [...names].sort(defaultFirst)) {
    const section: Section = { ...credentialsFile[name], ...configFile[name] };
    const kind = profileKind(section);
    profiles.push({
      name,
      kind,
      source: 'file',
      region: section.region,
      endpoint: section.endpoint_url,
      serviceEndpoints: section.services ? servicesSection(configFile[`services.${section.services}`]) : undefined,
      detail: detailOf(kind, section),
      mfaSerial: kind === 'assume role' ? section.mfa_serial : undefined,
      credentialProcess: kind === 'process' ? section.credential_process : undefined,
      ignoreConfiguredEndpoints: section.ignore_configured_endpoint_urls === 'true' || undefined,
    });
  }
  if (profiles.length === 0) {
    // First run: neither file exists and nothing in the environment (an empty file is the person's choice).
    if (!anyFile) problems.push(noProfilesProblem(files.configFile, files.credentialsFile));
    profiles.push(defaultChainProfile(env));
  }
  return { profiles, problems };
}

/** `[services x]` with `s3 =` / `  endpoint_url = …` reaches us as { 's3.endpoint_url': … }. */
function servicesSection(section: Section | undefined): Record<string, string> | undefined {
  if (!section) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(section)) {
    const m = /^([^.]+)\.endpoint_url$/.exec(k);
    if (m && v) out[m[1].toLowerCase()] = v;
  }
  return out;
}

function defaultFirst(a: string, b: string): number {
  if (a === 'default') return -1;
  if (b === 'default') return 1;
  return compareNames(a, b);
}

// localeCompare's order (ICU's) for names of ASCII letters, digits, _ - and . — what profile names are
// made of: _ - . before digits before letters, letters without case, and then lower case first where
// only case differs. Without localeCompare's first call, which sets up an ICU collator (~8 ms of
// start-up, before the first frame). Any other name is ordered by localeCompare itself.
// test/unit/profiles.test.ts holds it to localeCompare over random names.
const RANK = '_-.0123456789abcdefghijklmnopqrstuvwxyz';
const PLAIN = /^[\w.-]*$/;

export function compareNames(a: string, b: string): number {
  if (!PLAIN.test(a) || !PLAIN.test(b)) return a.localeCompare(b);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = RANK.indexOf(a[i].toLowerCase()) - RANK.indexOf(b[i].toLowerCase());
    if (d !== 0) return d;
  }
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === a[i].toLowerCase() ? -1 : 1;
  return 0;
}
