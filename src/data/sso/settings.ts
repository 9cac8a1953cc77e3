// The SSO settings of a profile, read from the AWS config as the CLI reads them: an sso_session's
// start URL, region and registration scopes, or a legacy profile's own sso_start_url / sso_region.
import { loadSharedConfigFiles } from '@smithy/core/config';
import { awsConfigFiles } from '../profiles';
import { CredentialError } from '../credentials';

export interface SsoSettings {
  /** The sso-session's name; undefined for a legacy profile. */
  sessionName?: string;
  startUrl: string;
  region: string;
  scopes?: string[];
  /** What names the cache file: the session name, or the start URL for a legacy profile. */
  cacheId: string;
}

export async function ssoSettings(profile: string, env: NodeJS.ProcessEnv = process.env): Promise<SsoSettings> {
  const files = awsConfigFiles(env);
  const { configFile } = await loadSharedConfigFiles({ filepath: files.credentialsFile, configFilepath: files.configFile, ignoreCache: true });
  let section = configFile[profile] ?? {};
  // An assume-role whose source profile signs in with SSO: that sign-in is the one to renew.
  for (let hops = 0; section.source_profile && !section.sso_session && !section.sso_start_url && hops < 10; hops++) {
    section = configFile[section.source_profile] ?? {};
  }
  const sessionName = section.sso_session;
  const from = sessionName ? configFile[`sso-session.${sessionName}`] : section;
  if (sessionName && !from) {
    throw new CredentialError(`Profile ${profile} names sso_session ${sessionName}, which is not in the config file.`, `Add [sso-session ${sessionName}] (aws configure sso-session).`);
  }
  const startUrl = from?.sso_start_url;
  const region = from?.sso_region;
  if (!startUrl || !region) {
    const where = sessionName ? `sso-session ${sessionName}` : `profile ${profile}`;
    throw new CredentialError(`Profile ${profile} does not sign in with SSO: ${where} lacks sso_start_url or sso_region.`, 'Set them (aws configure sso), or choose another profile (p).');
  }
  const scopes = from.sso_registration_scopes?.split(',').map((s: string) => s.trim()).filter(Boolean);
  return { sessionName, startUrl, region, scopes: scopes?.length ? scopes : undefined, cacheId: sessionName ?? startUrl };
}
