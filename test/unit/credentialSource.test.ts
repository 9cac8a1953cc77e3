// Where credentials came from, read from the feature flags the SDK's providers set (credentials.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceOf, explainCredentialFailure, CredentialError } from '../../src/data/credentials';
import { explain } from '../../src/data/errors';
import type { ProfileInfo } from '../../src/data/profiles';

const p = (kind: ProfileInfo['kind'], extra: Partial<ProfileInfo> = {}): ProfileInfo => ({ name: 'x', kind, source: 'file', ...extra });
const creds = (...features: string[]) => ({ accessKeyId: 'a', secretAccessKey: 's', $source: Object.fromEntries(features.map((f) => [f, '?'])) });

test('each provider\'s flag names its source; assume-role wins over the source profile\'s flag', () => {
  assert.equal(sourceOf(creds('CREDENTIALS_PROFILE'), p('static keys')), 'file');
  assert.equal(sourceOf(creds('CREDENTIALS_ENV_VARS'), p('environment')), 'environment');
  assert.equal(sourceOf(creds('CREDENTIALS_PROFILE_SSO'), p('sso')), 'SSO');
  assert.equal(sourceOf(creds('CREDENTIALS_SSO_LEGACY', 'CREDENTIALS_PROFILE_SSO_LEGACY'), p('sso')), 'SSO');
  assert.equal(sourceOf(creds('CREDENTIALS_STS_ASSUME_ROLE', 'CREDENTIALS_PROFILE_SOURCE_PROFILE'), p('assume role')), 'assumed role');
  assert.equal(sourceOf(creds('CREDENTIALS_PROCESS', 'CREDENTIALS_PROFILE_PROCESS'), p('process')), 'process');
  assert.equal(sourceOf(creds('CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN'), p('web identity')), 'web identity');
  assert.equal(sourceOf(creds('CREDENTIALS_HTTP'), p('environment')), 'container');
  assert.equal(sourceOf(creds(), p('unknown'), {}), 'instance metadata', 'IMDS sets no flag');
});

test('SSO without a token says to sign in with :login (or aws sso login) for that profile', () => {
  const sdk = Object.assign(new Error('The SSO session associated with this profile is invalid. To refresh this SSO session run aws sso login with the corresponding profile.'), { name: 'CredentialsProviderError' });
  const e = explainCredentialFailure(sdk, p('sso', { name: 'corp' }));
  assert.ok(e instanceof CredentialError);
  assert.deepEqual(explain(e), { code: 'CredentialError', message: 'No valid SSO token.', hint: 'Sign in with :login (or aws sso login --profile corp), then retry (r).' });
});

test('other credential failures keep their cause and say what to do', () => {
  const sdk = Object.assign(new Error('Could not resolve credentials using profile: [x]'), { name: 'CredentialsProviderError' });
  assert.match(explain(explainCredentialFailure(sdk, p('unknown'))).hint, /Check profile x in the AWS config files/);
  const mfa = Object.assign(new Error('MultiFactorAuthentication failed with invalid MFA one time pass code.'), { name: 'AccessDenied' });
  assert.match(explain(explainCredentialFailure(mfa, p('assume role'))).message, /MFA code for profile x was not accepted/);
  const conn = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  assert.equal(explainCredentialFailure(conn, p('assume role')), conn, 'connection errors are explained as such by explain()');
});
