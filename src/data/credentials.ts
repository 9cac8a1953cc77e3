// Credentials for one profile, from the SDK's own providers (never a home-made chain), with what the
// UI needs on top: where they came from, an MFA code asked through whatever UI is attached, a time
// limit so a slow credential_process or an unreachable SSO portal ends in a clear error instead of a
// hang, and errors that say what to do ("run aws sso login --profile NAME").
import type { ProfileInfo } from './profiles';
import { keyOf } from '../keys/keymap';

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
 * IMDS sets none in the default chain, so "nothing set" on a profile that is not static means instance
 * metadata (the CREDENTIALS_IMDS flag is set only by credential-providers' own fromInstanceMetadata).
 */
export function sourceOf(creds: Credentials, profile: ProfileInfo, env: NodeJS.ProcessEnv = process.env): CredentialSource {
  const f = creds.$source ?? {};
  const has = (...ids: string[]) => ids.some((id) => id in f);
  // Only STS's own flag: the SDK also marks credential_source without role_arn as SOURCE_PROFILE.
  if (has('CREDENTIALS_STS_ASSUME_ROLE')) return 'assumed role';
  if (has('CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'CREDENTIALS_STS_ASSUME_ROLE_WEB_ID', 'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN')) return 'web identity';
  if (has('CREDENTIALS_PROFILE_SSO', 'CREDENTIALS_PROFILE_SSO_LEGACY', 'CREDENTIALS_SSO', 'CREDENTIALS_SSO_LEGACY')) return 'SSO';
  if (has('CREDENTIALS_PROFILE_PROCESS', 'CREDENTIALS_PROCESS')) return 'process';
  if (has('CREDENTIALS_PROFILE_LOGIN', 'CREDENTIALS_LOGIN')) return 'console login';
  if (has('CREDENTIALS_CODE')) return 'explicit';
  if (has('CREDENTIALS_HTTP')) return 'container';
  if (has('CREDENTIALS_IMDS')) return 'instance metadata';
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

type Inner = (opts: { forceRefresh?: boolean } | undefined, signal: AbortSignal) => Promise<Credentials>;

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
  let inner: Promise<Inner> | undefined;
  const load = async (): Promise<Inner> => {
    if (profile.kind === 'process' && profile.credentialProcess) return processProvider(profile.name, profile.credentialProcess);
    // Imported on first use: the first frame never waits for the SDK.
    const p = await import('@aws-sdk/credential-providers');
    const { getDefaultRoleAssumerWithWebIdentity } = await import('@aws-sdk/client-sts');
    const sts = options.stsConfig ?? {};
    // The SDK's web-identity path hands its STS client no endpoint of ours (credential-provider-ini
    // passes only parentClientConfig), so the role assumer is built here with the profile's STS settings.
    const roleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity(sts as never);
    const sdk = (provider: CredentialProvider): Inner => (opts) => provider(opts);
    if (profile.kind === 'default chain') {
      // No config at all (an instance, a container, a CI job): whatever the SDK's default chain finds.
      return sdk(p.fromNodeProviderChain({ clientConfig: sts, roleAssumerWithWebIdentity, mfaCodeProvider }) as CredentialProvider);
    }
    if (profile.source === 'env') {
      return sdk(p.createCredentialChain(p.fromEnv(), p.fromTokenFile({ roleAssumerWithWebIdentity }), p.fromHttp(), p.fromContainerMetadata()) as CredentialProvider);
    }
    // The SDK's SSO clients (the portal, the token refresh) take the region in clientConfig over
    // sso_region (credential-provider-sso), and Identity Center answers only in its own region.
    const { region: _sessionRegion, ...withoutRegion } = sts;
    const clientConfig = profile.kind === 'sso' ? withoutRegion : sts;
    return sdk(p.fromNodeProviderChain({ profile: profile.name, mfaCodeProvider, clientConfig, roleAssumerWithWebIdentity }) as CredentialProvider);
  };
  return async (opts) => {
    inner ??= load();
    inner.catch(() => (inner = undefined));
    const provider = await inner;
    // Aborted when awsnav gives up, so a credential_process that hangs is killed, not left running.
    const giveUp = new AbortController();
    try {
      return await withTimeout(provider(opts, giveUp.signal), options.timeoutMs ?? 20_000, () => prompting, profile, giveUp);
    } catch (err) {
      throw explainCredentialFailure(err, profile);
    }
  };
}

/** credential_process run by awsnav (credentialProcess.ts says why), its result kept until it nears expiry. */
function processProvider(name: string, command: string): Inner {
  let cached: Credentials | undefined;
  let running: Promise<Credentials> | undefined;
  const fresh = (c: Credentials) => !c.expiration || c.expiration.getTime() - Date.now() > 300_000;
  return async (opts, signal) => {
    if (cached && fresh(cached) && !opts?.forceRefresh) return cached;
    running ??= import('./credentialProcess')
      .then((m) => m.runCredentialProcess(name, command, signal))
      .finally(() => (running = undefined));
    return (cached = await running);
  };
}

function withTimeout<T>(work: Promise<T>, ms: number, paused: () => boolean, profile: ProfileInfo, giveUp: AbortController): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout;
    const arm = () => {
      timer = setTimeout(() => {
        // The clock stops while the person types an MFA code.
        if (paused()) return arm();
        giveUp.abort();
        reject(
          new CredentialError(
            `Resolving the credentials of profile ${profile.name} took longer than ${Math.round(ms / 1000)} s.`,
            `Check its credential_process, SSO portal or network, then retry (${keyOf('refresh')}).`,
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

/** What to do when the SSO sign-in is missing or over: the command that signs in without leaving. */
export function signInHint(profile: string): string {
  return `Sign in with :login (or aws sso login --profile ${profile})`;
}

/** Turns the SDK's credential errors into ones that say what to do for this profile. */
export function explainCredentialFailure(err: unknown, profile: ProfileInfo): unknown {
  if (err instanceof CredentialError) return err;
  const e = err as { name?: string; message?: string };
  const msg = String(e?.message ?? err).split('\n')[0];
  if (e?.name === 'AbortError') return err;
  // SSO, or an assume-role whose source profile signs in with SSO.
  if ((profile.kind === 'sso' && /sso|token/i.test(msg)) || /SSO session|sso_session|SSO Token/i.test(msg)) {
    // The SDK cannot refresh a token without a refresh token once it is within 5 minutes of its end.
    const expired = /expired|Cannot refresh/i.test(msg);
    return new CredentialError(
      expired ? `The SSO sign-in of profile ${profile.name} has expired.` : 'No valid SSO token.',
      `${signInHint(profile.name)}, then retry (${keyOf('refresh')}).`,
    );
  }
  if (/MultiFactorAuthentication|MFA one time pass code/.test(msg)) {
    return new CredentialError(`The MFA code for profile ${profile.name} was not accepted.`, `Retry (${keyOf('refresh')}) and type the current code from your device.`);
  }
  if (profile.mfaSerial && /MFA code (was )?not given|cancel/i.test(msg)) {
    return new CredentialError(`No MFA code given for profile ${profile.name}.`, `Retry (${keyOf('refresh')}) to be asked again.`);
  }
  if (e?.name === 'CredentialsProviderError' || e?.name === 'TokenProviderError') {
    const hint = profile.source === 'env'
      ? `Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile (${keyOf('profile.pick')}).`
      : `Check profile ${profile.name} in the AWS config files (aws configure), or switch profile (${keyOf('profile.pick')}).`;
    return new CredentialError(`No credentials for profile ${profile.name}: ${msg}`, hint);
  }
  if (e?.name === 'AccessDenied' && profile.kind === 'assume role') {
    return new CredentialError(`Profile ${profile.name} may not assume its role: ${msg}`, `Check role_arn and the source profile's permissions, or switch profile (${keyOf('profile.pick')}).`);
  }
  return err;
}
