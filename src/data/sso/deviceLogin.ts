// IAM Identity Center sign-in with the OAuth device authorization grant, through the SDK's own SSO-OIDC
// client: RegisterClient, StartDeviceAuthorization, then CreateToken polled at the interval the service
// asks for (5 s more after each SlowDownException, as RFC 8628 and the AWS CLI do) until the person
// approves in a browser, the code expires, or the signal aborts (the request in flight with it).
// The token is written where the AWS CLI writes it (cache.ts), so both share one sign-in.
import { CredentialError } from '../credentials';
import { cliTimestamp, writeSsoToken, type SsoCachedToken } from './cache';
import type { SsoSettings } from './settings';

export interface DevicePrompt {
  verificationUri: string;
  /** The URL with the code filled in: what to open in a browser. */
  verificationUriComplete?: string;
  userCode: string;
  /** When the code stops working (ms since the epoch). */
  expiresAt: number;
}

export interface DeviceLoginOptions {
  sso: SsoSettings;
  /** Extra settings of the SSO-OIDC client: an endpoint (the sandbox, LocalStack), a request handler. */
  clientConfig?: Record<string, unknown>;
  signal?: AbortSignal;
  /** The code to show the person, once it is known. */
  onPrompt(prompt: DevicePrompt): void;
  /** Before each CreateToken poll: its number and when the next one is due. */
  onPoll?(poll: number, nextAt: number): void;
  /** Where the cache file goes (tests); default the home directory the SDK reads. */
  home?: string;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
  now?(): number;
}

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** RFC 8628 §3.5, and the CLI's _SLOW_DOWN_DELAY. */
export const SLOW_DOWN_MS = 5_000;

export async function deviceLogin(o: DeviceLoginOptions): Promise<{ token: SsoCachedToken; path: string }> {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? abortableSleep;
  const { SSOOIDCClient, RegisterClientCommand, StartDeviceAuthorizationCommand, CreateTokenCommand } = await import('@aws-sdk/client-sso-oidc');
  // The session's region must not win over sso_region: Identity Center lives in one region.
  const client = new SSOOIDCClient({ ...o.clientConfig, region: o.sso.region });
  const send = { abortSignal: o.signal };
  try {
    const reg = await client.send(
      new RegisterClientCommand({ clientName: `awsnav-${o.sso.sessionName ?? Math.floor(now() / 1000)}`, clientType: 'public', scopes: o.sso.scopes }),
      send,
    );
    const auth = await client.send(new StartDeviceAuthorizationCommand({ clientId: reg.clientId, clientSecret: reg.clientSecret, startUrl: o.sso.startUrl }), send);
    const expiresAt = now() + (auth.expiresIn ?? 600) * 1000;
    o.onPrompt({ verificationUri: auth.verificationUri ?? '', verificationUriComplete: auth.verificationUriComplete, userCode: auth.userCode ?? '', expiresAt });
    let interval = (auth.interval ?? 5) * 1000;
    for (let poll = 1; ; poll++) {
      o.onPoll?.(poll, now() + interval);
      await sleep(interval, o.signal);
      if (now() >= expiresAt) throw expired();
      try {
        const t = await client.send(
          new CreateTokenCommand({ grantType: DEVICE_GRANT, clientId: reg.clientId, clientSecret: reg.clientSecret, deviceCode: auth.deviceCode }),
          send,
        );
        const token: SsoCachedToken = {
          startUrl: o.sso.startUrl,
          region: o.sso.region,
          accessToken: t.accessToken ?? '',
          expiresAt: cliTimestamp(now() + (t.expiresIn ?? 0) * 1000),
          clientId: reg.clientId,
          clientSecret: reg.clientSecret,
          registrationExpiresAt: reg.clientSecretExpiresAt ? cliTimestamp(reg.clientSecretExpiresAt * 1000) : undefined,
          refreshToken: t.refreshToken,
        };
        return { token, path: await writeSsoToken(o.sso.cacheId, token, o.home) };
      } catch (err) {
        const name = (err as { name?: string }).name;
        if (name === 'AuthorizationPendingException') continue;
        if (name === 'SlowDownException') {
          interval += SLOW_DOWN_MS;
          continue;
        }
        if (name === 'ExpiredTokenException') throw expired();
        throw err;
      }
    }
  } finally {
    client.destroy();
  }
}

function expired(): CredentialError {
  return new CredentialError('The sign-in code expired before it was approved.', 'Sign in again with :login, and approve the code in the browser within its time.');
}

/** Resolves after `ms`, or rejects with an AbortError at once when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(): Error {
  return Object.assign(new Error('Cancelled.'), { name: 'AbortError' });
}
