// STS AssumeRoleWithWebIdentity: the one STS call that is not signed (the caller has no keys yet, only
// an OIDC token from its platform), so the router hands it here before it looks for a credential scope.
// The sandbox trusts one issuer; its demo token is what a CI job or a pod would find in its token file.

import type { IncomingMessage } from 'node:http';
import { AwsError } from '../errors.js';
import { readBody } from '../http.js';
import type { Reply } from '../service.js';
import { el } from '../xml.js';
import { DEMO_ROLES } from './roles.js';
import { ok, roleCredentialsXml, stsErrorReply } from './index.js';

export const WEB_IDENTITY_ISSUER = 'https://oidc.sandbox.awsnav.invalid';
export const WEB_IDENTITY_ROLE = 'arn:aws:iam::111111111111:role/ci';

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A JWT as a platform issues it (the signature is not checked, as no signature is in the sandbox). */
export const SANDBOX_WEB_IDENTITY_TOKEN = [
  b64({ alg: 'RS256', typ: 'JWT' }),
  b64({ iss: WEB_IDENTITY_ISSUER, sub: 'system:serviceaccount:demo:deployer', aud: 'sts.amazonaws.com' }),
  'sandbox-signature',
].join('.');

/** An unsigned POST / carrying a form: the only STS call that may come unsigned. */
export function isUnsignedSts(req: IncomingMessage, method: string, rawPath: string): boolean {
  return method === 'POST' && rawPath === '/' && !req.headers.authorization && /x-www-form-urlencoded/.test(String(req.headers['content-type'] ?? ''));
}

export async function handleUnsignedSts(req: IncomingMessage, requestId: string, record: { op: string }): Promise<Reply> {
  try {
    const form = new URLSearchParams((await readBody(req, 1 << 20)).toString());
    const action = form.get('Action') ?? 'unknown';
    record.op = action;
    if (action !== 'AssumeRoleWithWebIdentity') throw new AwsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token');
    const roleArn = form.get('RoleArn') ?? '';
    const sessionName = form.get('RoleSessionName') ?? '';
    const claims = parseToken(form.get('WebIdentityToken') ?? '');
    if (!roleArn || !sessionName) throw new AwsError(400, 'ValidationError', 'RoleArn and RoleSessionName are required.');
    if (!DEMO_ROLES.some((r) => r.arn === roleArn && !r.mfa)) {
      throw new AwsError(403, 'AccessDenied', `Not authorized to perform sts:AssumeRoleWithWebIdentity on ${roleArn}`);
    }
    const duration = Number(form.get('DurationSeconds') ?? 3600);
    return ok(
      action,
      requestId,
      roleCredentialsXml(roleArn, sessionName, duration) +
        el('SubjectFromWebIdentityToken', claims.sub) +
        el('Provider', claims.iss.replace(/^https:\/\//, '')) +
        el('Audience', claims.aud),
    );
  } catch (e) {
    const err = e instanceof AwsError ? e : new AwsError(500, 'InternalError', String(e));
    return stsErrorReply(err, requestId);
  }
}

function parseToken(token: string): { iss: string; sub: string; aud: string } {
  let claims: { iss?: unknown; sub?: unknown; aud?: unknown } = {};
  try {
    claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
  } catch {
    /* not a JWT: refused below */
  }
  if (claims.iss !== WEB_IDENTITY_ISSUER || claims.aud !== 'sts.amazonaws.com' || typeof claims.sub !== 'string') {
    throw new AwsError(400, 'InvalidIdentityToken', 'The web identity token is not from a trusted issuer, or not for sts.amazonaws.com.');
  }
  return { iss: claims.iss, sub: claims.sub, aud: claims.aud };
}
