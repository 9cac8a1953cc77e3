// SSO-OIDC's device authorization grant as the SDK's client speaks it (POST /client/register,
// /device_authorization, /token), with the service's answers while the person has not approved yet:
// AuthorizationPendingException, SlowDownException, ExpiredTokenException once the code has expired.

import type { Reply } from '../service.js';
import { JsonError, json } from './json.js';
import type { SsoState } from './state.js';

type Body = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function registerClient(state: SsoState, body: Body, requestId: string): Reply {
  const name = str(body.clientName);
  if (!name || str(body.clientType) !== 'public') {
    throw new JsonError(400, 'InvalidClientMetadataException', 'invalid_client_metadata', 'clientName and clientType=public are required.');
  }
  const c = state.registerClient(name);
  return json(200, {
    clientId: c.clientId,
    clientSecret: c.secret,
    clientIdIssuedAt: Math.floor(Date.now() / 1000),
    clientSecretExpiresAt: Math.floor(c.expiresAt / 1000),
  }, requestId);
}

function client(state: SsoState, body: Body) {
  const id = str(body.clientId) ?? '';
  const c = state.clients.get(id);
  if (!c || c.secret !== str(body.clientSecret)) throw new JsonError(401, 'InvalidClientException', 'invalid_client', 'Unknown client or wrong secret.');
  if (c.expiresAt < Date.now()) throw new JsonError(401, 'InvalidClientException', 'invalid_client', 'The client registration has expired.');
  return id;
}

export function startDeviceAuthorization(state: SsoState, body: Body, requestId: string, baseUrl: string): Reply {
  const clientId = client(state, body);
  const startUrl = str(body.startUrl);
  if (!startUrl) throw new JsonError(400, 'InvalidRequestException', 'invalid_request', 'startUrl is required.');
  const d = state.startDevice(clientId, startUrl);
  const verificationUri = `${baseUrl}/sandbox-sso/device`;
  return json(200, {
    deviceCode: d.deviceCode,
    userCode: d.userCode,
    verificationUri,
    verificationUriComplete: `${verificationUri}?user_code=${d.userCode}`,
    expiresIn: Math.round((d.expiresAt - Date.now()) / 1000),
    interval: state.options.intervalSeconds ?? 1,
  }, requestId);
}

export function createToken(state: SsoState, body: Body, requestId: string): Reply {
  const clientId = client(state, body);
  const grant = str(body.grantType);
  if (grant === 'refresh_token') {
    const r = state.refreshTokens.get(str(body.refreshToken) ?? '');
    if (!r || r.clientId !== clientId) throw new JsonError(400, 'InvalidGrantException', 'invalid_grant', 'The refresh token is not valid.');
    state.refreshTokens.delete(str(body.refreshToken)!);
    const t = state.issueToken(r.startUrl, clientId);
    return json(200, { accessToken: t.accessToken, tokenType: 'Bearer', expiresIn: t.expiresIn, refreshToken: t.refreshToken }, requestId);
  }
  if (grant !== 'urn:ietf:params:oauth:grant-type:device_code') {
    throw new JsonError(400, 'UnsupportedGrantTypeException', 'unsupported_grant_type', `Grant type ${grant} is not supported here.`);
  }
  const d = state.devices.get(str(body.deviceCode) ?? '');
  if (!d || d.clientId !== clientId || d.used) throw new JsonError(400, 'InvalidGrantException', 'invalid_grant', 'Invalid device code provided');
  if (d.expiresAt < Date.now()) throw new JsonError(400, 'ExpiredTokenException', 'expired_token', 'The device code has expired.');
  d.polls++;
  if (state.options.slowDownOnPolls?.includes(d.polls)) {
    throw new JsonError(400, 'SlowDownException', 'slow_down', 'Client is polling too quickly.');
  }
  const after = state.options.approveAfterPolls ?? 2;
  if (!d.approved && after > 0 && d.polls > after) d.approved = true;
  if (!d.approved) throw new JsonError(400, 'AuthorizationPendingException', 'authorization_pending', 'The user has not approved the request yet.');
  d.used = true;
  const t = state.issueToken(d.startUrl, clientId);
  return json(200, { accessToken: t.accessToken, tokenType: 'Bearer', expiresIn: t.expiresIn, refreshToken: t.refreshToken }, requestId);
}
