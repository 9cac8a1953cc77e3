// The placeholder for services the sandbox recognises but does not serve yet (EC2 and STS until their
// modules land). It answers in the Query protocol's error shape, which is what the SDK's EC2 and STS
// clients parse, so callers see a clean UnsupportedOperation rather than a parse failure.

import { readBody } from './http.js';
import { AwsError } from './errors.js';
import type { Reply, ServiceModule } from './service.js';
import { XML_DECL, xmlText } from './xml.js';

export function queryErrorReply(err: AwsError, requestId: string): Reply {
  const body =
    XML_DECL +
    `<Response><Errors><Error><Code>${xmlText(err.code)}</Code><Message>${xmlText(err.message)}</Message>` +
    `</Error></Errors><RequestId>${requestId}</RequestId></Response>`;
  return { status: err.status, headers: { 'content-type': 'text/xml;charset=UTF-8', ...err.headers }, body };
}

export function createUnsupportedService(service: string): ServiceModule {
  return {
    async handle(ctx) {
      // Query-protocol requests name their operation in Action=, in the form body or the query string.
      const form = ctx.method === 'POST' ? new URLSearchParams((await readBody(ctx.req, 1 << 20)).toString()) : ctx.query;
      const action = form.get('Action') ?? ctx.query.get('Action') ?? 'unknown';
      ctx.record.op = action;
      throw new AwsError(400, 'UnsupportedOperation', `The sandbox does not serve ${service} ${action} yet.`);
    },
    errorReply: (err, ctx) => queryErrorReply(err, ctx.requestId),
    unknownAccessKey: () =>
      new AwsError(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'),
  };
}
