// The STS service module: GetCallerIdentity and AssumeRole over the Query protocol (form-encoded POST,
// XML answers), so the SDK's own role assumer and awsnav's account-id lookup run unmodified against it.

import { AwsError } from '../errors.js';
import { queryAction } from '../http.js';
import type { Reply, RequestContext, ServiceModule } from '../service.js';
import { XML_DECL, el, xmlText } from '../xml.js';
import { checkAssume, userArn } from './roles.js';
import { issueRoleKeys, issuedIdentity } from './issued.js';

export { SANDBOX_MFA_CODE, DEMO_ROLES, mfaSerial } from './roles.js';
export { sessionKeyAccount } from './sessionKeys.js';
export { SANDBOX_WEB_IDENTITY_TOKEN, WEB_IDENTITY_ROLE } from './webIdentity.js';

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

export function ok(action: string, requestId: string, result: string): Reply {
  const body =
    `${XML_DECL}<${action}Response xmlns="${NS}"><${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
  return { status: 200, headers: { 'content-type': 'text/xml' }, body };
}

export function createStsService(): ServiceModule {
  // Who each issued session key is, for GetCallerIdentity (issued.ts). Keys from another sandbox run
  // still name their account (sessionKeys.ts); only the role name is lost then.
  function callerArn(ctx: RequestContext, accessKeyId: string): { arn: string; userId: string } {
    const s = issuedIdentity(accessKeyId);
    if (s) return { arn: s.arn, userId: s.roleId };
    if (accessKeyId.startsWith('ASIA')) {
      return { arn: `arn:aws:sts::${ctx.account.accountId}:assumed-role/unknown/session`, userId: 'AROASANDBOXUNKNOWN:session' };
    }
    return { arn: userArn(ctx.account), userId: `AIDASANDBOX${ctx.account.name.toUpperCase()}USER` };
  }

  return {
    async handle(ctx) {
      const { form, action } = await queryAction(ctx);
      const accessKeyId = /Credential=([^/]+)/.exec(String(ctx.req.headers.authorization ?? ''))?.[1] ?? '';
      const caller = callerArn(ctx, accessKeyId);
      switch (action) {
        case 'GetCallerIdentity':
          return ok(action, ctx.requestId, el('Arn', caller.arn) + el('UserId', caller.userId) + el('Account', ctx.account.accountId));
        case 'AssumeRole':
          return assumeRole(ctx, form, caller.arn, action);
        default:
          throw new AwsError(400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
      }
    },
    errorReply: (err, { requestId }) => stsErrorReply(err, requestId),
    unknownAccessKey: () => new AwsError(403, 'InvalidClientTokenId', 'The security token included in the request is invalid.'),
  };

  function assumeRole(ctx: RequestContext, form: URLSearchParams, callerArnValue: string, action: string): Reply {
    const roleArn = form.get('RoleArn') ?? '';
    const sessionName = form.get('RoleSessionName') ?? '';
    if (!roleArn || !sessionName) {
      throw new AwsError(400, 'ValidationError', 'RoleArn and RoleSessionName are required.');
    }
    const duration = Number(form.get('DurationSeconds') ?? 3600);
    if (!(duration >= 900 && duration <= 43200)) {
      throw new AwsError(400, 'ValidationError', `DurationSeconds ${duration} is outside 900–43200.`);
    }
    checkAssume(ctx.account, callerArnValue, roleArn, form.get('SerialNumber') ?? undefined, form.get('TokenCode') ?? undefined);
    return ok(action, ctx.requestId, roleCredentialsXml(roleArn, sessionName, duration));
  }
}

export function stsErrorReply(err: AwsError, requestId: string): Reply {
  return {
    status: err.status,
    headers: { 'content-type': 'text/xml', ...err.headers },
    body:
      `${XML_DECL}<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${xmlText(err.code)}</Code>` +
      `<Message>${xmlText(err.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
  };
}

/** <Credentials> and <AssumedRoleUser> of an AssumeRole* answer, for keys that act as the role. */
export function roleCredentialsXml(roleArn: string, sessionName: string, durationSeconds: number): string {
  const [, , , , accountId, resource] = roleArn.split(':');
  const roleName = resource.slice('role/'.length);
  const keys = issueRoleKeys(accountId, roleName, sessionName, durationSeconds * 1000);
  const { arn, roleId } = issuedIdentity(keys.accessKeyId)!;
  return (
    '<Credentials>' +
    el('AccessKeyId', keys.accessKeyId) +
    el('SecretAccessKey', keys.secretAccessKey) +
    el('SessionToken', keys.sessionToken) +
    el('Expiration', keys.expiration.toISOString()) +
    '</Credentials>' +
    `<AssumedRoleUser>${el('AssumedRoleId', roleId)}${el('Arn', arn)}</AssumedRoleUser>`
  );
}
