// Credentials for one profile, from the SDK's own providers (never a home-made chain), with what the
// UI needs on top: where they came from, an MFA code asked through whatever UI is attached, a time
// limit so a slow credential_process or an unreachable SSO portal ends in a clear error instead of a
// hang, and errors that say what to do ("run aws sso login --profile NAME").
import type { ProfileInfo } from './profiles';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
  accountId?: string;
  /** Set by the SDK's providers: feature ids such as CREDENTIALS_PROFILE_SSO (see @aws-sdk/types). */
  $source?: Record<string, string>;
}

export type CredentialProvider = (options?: { forceRefresh?: boolean }) => Promise<Credentials>;

export type CredentialSource =
  | 'environment'
  | 'file'
  | 'SSO'
  | 'assumed role'
  | 'process'
  | 'web identity'
  | 'instance metadata'
  | 'container'
  | 'console login'
  /** Given as a client setting in code (tests). */
  | 'explicit';

/** A credential failure the person can act on: the UI shows `message` and `hint`. */
export class CredentialError extends Error {
  override name = 'CredentialError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/**
 * Where the credentials came from, from the feature flags the SDK's providers set on them (checked in
 * node_modules: credential-provider-ini/-sso/-process/-env/-http and nested-clients' role assumer).
 * IMDS sets none, so "nothing set" on a profile that is not static means instance metadata.
 */
export function sourceOf(creds: Credentials, profile: ProfileInfo, env: NodeJS.ProcessEnv = process.env): CredentialSource {
  const f = creds.$source ?? {};
  const has = (...ids: string[]) => ids.some((id) => id in f);
  if (has('CREDENTIALS_STS_ASSUME_ROLE', 'CREDENTIALS_PROFILE_SOURCE_PROFILE')) return 'assumed role';
  if (has('CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'CREDENTIALS_STS_ASSUME_ROLE_WEB_ID', 'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN')) return 'web identity';
  if (has('CREDENTIALS_PROFILE_SSO', 'CREDENTIALS_PROFILE_SSO_LEGACY', 'CREDENTIALS_SSO', 'CREDENTIALS_SSO_LEGACY')) return 'SSO';
  if (has('CREDENTIALS_PROFILE_PROCESS', 'CREDENTIALS_PROCESS')) return 'process';
  if (has('CREDENTIALS_PROFILE_LOGIN', 'CREDENTIALS_LOGIN')) return 'console login';
  if (has('CREDENTIALS_CODE')) return 'explicit';
  if (has('CREDENTIALS_HTTP')) return 'container';
  if (has('CREDENTIALS_ENV_VARS')) return 'environment';
  if (has('CREDENTIALS_PROFILE')) return 'file';
  // credential_source without role_arn: the SDK marks only "named provider".
  if (has('CREDENTIALS_PROFILE_NAMED_PROVIDER') && /Environment/.test(profile.detail ?? '')) return 'environment';
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return 'container';
  return 'instance metadata';
}

export interface ProviderOptions {
  /** Client settings for the STS calls an assume-role makes (the profile's STS endpoint). */
  stsConfig?: Record<string, unknown>;
  /** Asks the person for the code of this MFA device; rejects when they cancel. */
  mfaCodeProvider?(serial: string): Promise<string>;
  /** How long resolving may take, not counting the time the MFA prompt is open. Default 20 s. */
  timeoutMs?: number;
}

/** The SDK's chain for this profile (the default chain, scoped to it), wrapped as described above. */
export function credentialProvider(profile: ProfileInfo, options: ProviderOptions = {}): CredentialProvider {
  let prompting = false;
  const mfaCodeProvider = async (serial: string) => {
    if (!options.mfaCodeProvider) {
      throw new CredentialError(`Profile ${profile.name} needs an MFA code and there is no terminal to ask in.`, 'Run awsnav in a terminal.');
    }
    prompting = true;
    try {
      return await options.mfaCodeProvider(serial);
    } finally {
      prompting = false;
    }
  };
  let inner: Promise<CredentialProvider> | undefined;
  const load = async (): Promise<CredentialProvider> => {
    // Imported on first use: the first frame never waits for the SDK.
    const p = await import('@aws-sdk/credential-providers');
    if (profile.source === 'env') {
      return p.createCredentialChain(p.fromEnv(), p.fromTokenFile(), p.fromContainerMetadata()) as CredentialProvider;
    }
    return p.fromNodeProviderChain({ profile: profile.name, mfaCodeProvider, clientConfig: options.stsConfig }) as CredentialProvider;
  };
  return async (opts) => {
    inner ??= load();
    inner.catch(() => (inner = undefined));
    const provider = await inner;
    try {
      return await withTimeout(provider(opts), options.timeoutMs ?? 20_000, () => prompting, profile);
    } catch (err) {
      throw explainCredentialFailure(err, profile);
    }
  };
}

function withTimeout<T>(work: Promise<T>, ms: number, paused: () => boolean, profile: ProfileInfo): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout;
    const arm = () => {
      timer = setTimeout(() => {
        // The clock stops while the person types an MFA code.
        if (paused()) return arm();
        reject(
          new CredentialError(
            `Resolving the credentials of profile ${profile.name} took longer than ${Math.round(ms / 1000)} s.`,
            'Check its credential_process, SSO portal or network, then retry (r).',
          ),
        );
      }, ms);
      timer.unref?.();
    };
    arm();
    work.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/** Turns the SDK's credential errors into ones that say what to do for this profile. */
export function explainCredentialFailure(err: unknown, profile: ProfileInfo): unknown {
  if (err instanceof CredentialError) return err;
  const e = err as { name?: string; message?: string };
  const msg = String(e?.message ?? err).split('\n')[0];
  if (e?.name === 'AbortError') return err;
  if (profile.kind === 'sso' && /sso|token/i.test(msg)) {
    return new CredentialError('No valid SSO token.', `Run aws sso login --profile ${profile.name}, then retry (r).`);
  }
  if (/MultiFactorAuthentication|MFA one time pass code/.test(msg)) {
    return new CredentialError(`The MFA code for profile ${profile.name} was not accepted.`, 'Retry (r) and type the current code from your device.');
  }
  if (profile.mfaSerial && /MFA code (was )?not given|cancel/i.test(msg)) {
    return new CredentialError(`No MFA code given for profile ${profile.name}.`, 'Retry (r) to be asked again.');
  }
  if (e?.name === 'CredentialsProviderError' || e?.name === 'TokenProviderError') {
    const hint = profile.source === 'env'
      ? 'Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile (p).'
      : `Check profile ${profile.name} in the AWS config files (aws configure), or switch profile (p).`;
    return new CredentialError(`No credentials for profile ${profile.name}: ${msg}`, hint);
  }
  if (e?.name === 'AccessDenied' && profile.kind === 'assume role') {
    return new CredentialError(`Profile ${profile.name} may not assume its role: ${msg}`, 'Check role_arn and the source profile\'s permissions, or switch profile (p).');
  }
  return err;
}
