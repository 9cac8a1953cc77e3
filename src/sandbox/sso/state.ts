// The sandbox's IAM Identity Center: registered OIDC clients, pending device authorizations, the access
// tokens issued, and what the demo does instead of a person approving in a browser (approve after a few
// polls, or at once from the verification page or from a test).

import { randomBytes } from 'node:crypto';

export interface SsoOptions {
  /** CreateToken answers authorization_pending this many times, then the device counts as approved. Default 2; 0 = only by hand. */
  approveAfterPolls?: number;
  /** The polling interval StartDeviceAuthorization asks for, in whole seconds (as the service). Default 1. */
  intervalSeconds?: number;
  /** How long a user code stays valid. Default 600 s (the service's). */
  deviceCodeSeconds?: number;
  /** How long an access token lasts. Default 8 h. */
  tokenSeconds?: number;
  /** How long the role credentials GetRoleCredentials hands out last. Default 1 h. */
  roleCredentialsSeconds?: number;
  /** Answer SlowDownException on these CreateToken polls (1-based), to test the back-off. */
  slowDownOnPolls?: number[];
  /** Issue a refresh token with each access token (the CLI's sso-session with scopes). Default false. */
  refreshTokens?: boolean;
}

export interface DeviceAuthorization {
  deviceCode: string;
  userCode: string;
  clientId: string;
  startUrl: string;
  expiresAt: number;
  polls: number;
  approved: boolean;
  /** Exchanged for a token already: a device code is good for one token. */
  used: boolean;
}

export interface IssuedToken {
  startUrl: string;
  expiresAt: number;
  revoked: boolean;
}

const token = (n: number) => randomBytes(n).toString('base64url');
const USER_CODE_LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';

export class SsoState {
  readonly clients = new Map<string, { secret: string; name: string; expiresAt: number }>();
  readonly devices = new Map<string, DeviceAuthorization>();
  readonly tokens = new Map<string, IssuedToken>();
  readonly refreshTokens = new Map<string, { clientId: string; startUrl: string }>();

  constructor(readonly options: SsoOptions = {}) {}

  registerClient(name: string) {
    const clientId = `sandbox-client-${token(9)}`;
    const secret = token(32);
    const expiresAt = Date.now() + 90 * 86_400_000;
    this.clients.set(clientId, { secret, name, expiresAt });
    return { clientId, secret, expiresAt };
  }

  startDevice(clientId: string, startUrl: string): DeviceAuthorization {
    const pick = () => Array.from(randomBytes(4), (b) => USER_CODE_LETTERS[b % USER_CODE_LETTERS.length]).join('');
    const d: DeviceAuthorization = {
      deviceCode: token(32),
      userCode: `${pick()}-${pick()}`,
      clientId,
      startUrl,
      expiresAt: Date.now() + (this.options.deviceCodeSeconds ?? 600) * 1000,
      polls: 0,
      approved: false,
      used: false,
    };
    this.devices.set(d.deviceCode, d);
    return d;
  }

  /** What a person does in the browser: approve the request showing this user code. */
  approve(userCode?: string): boolean {
    let found = false;
    for (const d of this.devices.values()) {
      if (!d.used && (userCode === undefined || d.userCode === userCode.toUpperCase())) found = d.approved = true;
    }
    return found;
  }

  issueToken(startUrl: string, clientId: string) {
    const accessToken = `sandbox-sso-${token(32)}`;
    const expiresIn = this.options.tokenSeconds ?? 8 * 3600;
    this.tokens.set(accessToken, { startUrl, expiresAt: Date.now() + expiresIn * 1000, revoked: false });
    let refreshToken: string | undefined;
    if (this.options.refreshTokens) {
      refreshToken = `sandbox-refresh-${token(24)}`;
      this.refreshTokens.set(refreshToken, { clientId, startUrl });
    }
    return { accessToken, expiresIn, refreshToken };
  }

  /** The session ends early (signed out in the portal, or the admin revoked it). */
  revokeAll(): void {
    for (const t of this.tokens.values()) t.revoked = true;
    this.refreshTokens.clear();
  }
}
