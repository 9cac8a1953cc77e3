// The SSO token cache shared with the AWS CLI: ~/.aws/sso/cache/<sha1 hex of the sso-session name, or of
// the start URL for a legacy profile>.json, with the fields the CLI's device flow writes (botocore's
// SSOTokenLoader._generate_cache_key and aws-cli's SSOTokenFetcher._create_token_attempt), timestamps
// as the CLI serialises them (UTC, whole seconds, "Z"). The SDK's SSO provider reads the same file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getHomeDir } from '@smithy/core/config';

export interface SsoCachedToken {
  startUrl: string;
  region: string;
  accessToken: string;
  /** e.g. 2026-12-01T20:00:00Z */
  expiresAt: string;
  clientId?: string;
  clientSecret?: string;
  registrationExpiresAt?: string;
  /** Only when the service gave one (a registration with scopes). */
  refreshToken?: string;
}

/** The cache file's base name: sha1 of the sso-session name, or of the start URL for legacy profiles. */
export function ssoCacheKey(id: string): string {
  // node:crypto loads when a key is first made, not with the UI (start-up: scripts/lazyBuiltins.mjs).
  return process.getBuiltinModule('node:crypto').createHash('sha1').update(id, 'utf8').digest('hex');
}

/** Where the SDK looks (its getHomeDir: HOME, then USERPROFILE…), so both read one file. */
export function ssoCacheDir(home = getHomeDir()): string {
  return join(home, '.aws', 'sso', 'cache');
}

export function ssoTokenPath(id: string, home?: string): string {
  return join(ssoCacheDir(home), `${ssoCacheKey(id)}.json`);
}

/** The CLI's _serialize_utc_timestamp: strftime('%Y-%m-%dT%H:%M:%SZ'). */
export function cliTimestamp(at: Date | number): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function readSsoToken(id: string, home?: string): Promise<SsoCachedToken | undefined> {
  try {
    return JSON.parse(await readFile(ssoTokenPath(id, home), 'utf8')) as SsoCachedToken;
  } catch {
    return undefined;
  }
}

/**
 * Written whole or not at all (a temporary file renamed over the old one), so the SDK or the CLI never
 * reads half a token; 0600 in a 0700 directory, as the CLI does: the file holds a bearer token.
 */
export async function writeSsoToken(id: string, token: SsoCachedToken, home?: string): Promise<string> {
  const dir = ssoCacheDir(home);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = ssoTokenPath(id, home);
  const tmp = `${path}.${process.pid}.tmp`;
  const fields = Object.fromEntries(Object.entries(token).filter(([, v]) => v !== undefined));
  await writeFile(tmp, JSON.stringify(fields), { mode: 0o600 });
  await rename(tmp, path);
  return path;
}
