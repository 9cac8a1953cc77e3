import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointProblem, endpointSettingsFromEnv, resolveEndpoint } from '../../src/data/endpoints';
import type { ProfileInfo } from '../../src/data/profiles';

const profile: ProfileInfo = {
  name: 'p',
  kind: 'static keys',
  source: 'file',
  endpoint: 'http://profile',
  serviceEndpoints: { s3: 'http://profile-services-s3' },
};

test('precedence: flag > AWS_ENDPOINT_URL_S3 > AWS_ENDPOINT_URL > services section > endpoint_url', () => {
  const env = { AWS_ENDPOINT_URL_S3: 'http://env-s3', AWS_ENDPOINT_URL: 'http://env' };
  assert.equal(resolveEndpoint('s3', profile, endpointSettingsFromEnv(env, 'http://flag')), 'http://flag');
  assert.equal(resolveEndpoint('s3', profile, endpointSettingsFromEnv(env)), 'http://env-s3');
  assert.equal(resolveEndpoint('ec2', profile, endpointSettingsFromEnv(env)), 'http://env', 'the S3 variable is for S3 only');
  assert.equal(resolveEndpoint('s3', profile, endpointSettingsFromEnv({})), 'http://profile-services-s3');
  assert.equal(resolveEndpoint('ec2', profile, endpointSettingsFromEnv({})), 'http://profile');
  assert.equal(resolveEndpoint('ec2', profile, endpointSettingsFromEnv({ AWS_ENDPOINT_URL_EC2: 'http://env-ec2' })), 'http://env-ec2');
  assert.equal(resolveEndpoint('s3', { ...profile, endpoint: undefined, serviceEndpoints: undefined }), undefined, 'AWS itself');
});

test('ignore_configured_endpoint_urls leaves only the flag', () => {
  const env = { AWS_ENDPOINT_URL: 'http://env', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' };
  assert.equal(resolveEndpoint('s3', profile, endpointSettingsFromEnv(env)), undefined);
  assert.equal(resolveEndpoint('s3', profile, endpointSettingsFromEnv(env, 'http://flag')), 'http://flag');
  assert.equal(resolveEndpoint('s3', { ...profile, ignoreConfiguredEndpoints: true }, endpointSettingsFromEnv({})), undefined);
});

test('a bad --endpoint-url is explained', () => {
  assert.equal(endpointProblem('http://localhost:4566'), undefined);
  assert.match(endpointProblem('localhost:4566')!, /http:\/\/ or https:\/\//);
  assert.match(endpointProblem('not a url')!, /is not a URL/);
});
