// The SSO token cache is the AWS CLI's: the file name is the SHA-1 of the sso-session name (or of the
// start URL for a legacy profile; botocore's SSOTokenLoader._generate_cache_key), the fields those the
// CLI's device flow writes, timestamps as it serialises them. The expected hashes were computed with
// Python's hashlib, as botocore does, not with the code under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSSOTokenFilepath, getSSOTokenFromFile } from '@smithy/core/config';
import { cliTimestamp, ssoCacheKey, ssoTokenPath, writeSsoToken } from '../../src/data/sso/cache';

test('the cache file is named by the SHA-1 hex of the session name, or of the start URL for legacy profiles', () => {
  assert.equal(ssoCacheKey('my-sso'), '0ad374308c5a4e22f723adf10145eafad7c4031c');
  assert.equal(ssoCacheKey('https://my-sso-portal.awsapps.com/start'), 'c7aaaf71fcc8777ae2475525ed049d39fe16c484');
  assert.equal(ssoTokenPath('my-sso', '/home/x'), '/home/x/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json');
});

test('timestamps as the CLI writes them: UTC, whole seconds, Z', () => {
  assert.equal(cliTimestamp(Date.UTC(2026, 11, 1, 20, 5, 9, 765)), '2026-12-01T20:05:09Z');
});

test('the written token has the CLI\'s fields, is private, and is where the SDK reads it', async () => {
  const home = mkdtempSync(join(tmpdir(), 'awsnav-sso-home-'));
  const saved = process.env.HOME;
  process.env.HOME = home;
  try {
    const token = {
      startUrl: 'https://my-sso-portal.awsapps.com/start',
      region: 'us-east-1',
      accessToken: 'secret-token',
      expiresAt: '2026-12-02T04:00:00Z',
      clientId: 'cid',
      clientSecret: 'csecret',
      registrationExpiresAt: '2027-03-01T20:00:00Z',
      refreshToken: undefined,
    };
    const path = await writeSsoToken('my-sso', token);
    assert.equal(path, getSSOTokenFilepath('my-sso'), 'the SDK looks in the same file');
    const raw = JSON.parse(readFileSync(path, 'utf8'));
    // aws-cli SSOTokenFetcher._create_token_attempt; refreshToken only when the service gave one.
    assert.deepEqual(Object.keys(raw).sort(), ['accessToken', 'clientId', 'clientSecret', 'expiresAt', 'region', 'registrationExpiresAt', 'startUrl']);
    assert.equal((statSync(path).mode & 0o777).toString(8), '600');
    assert.equal((statSync(join(home, '.aws', 'sso', 'cache')).mode & 0o777).toString(8), '700');
    const read = await getSSOTokenFromFile('my-sso');
    assert.equal(read.accessToken, 'secret-token');
    assert.equal(new Date(read.expiresAt).toISOString(), '2026-12-02T04:00:00.000Z');
  } finally {
    process.env.HOME = saved;
    rmSync(home, { recursive: true, force: true });
  }
});
