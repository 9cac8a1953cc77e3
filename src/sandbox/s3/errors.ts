// S3's error replies: <Error><Code/><Message/>…<RequestId/><HostId/></Error>, with the status S3 uses.
// HEAD replies carry no body (HTTP forbids one), only the status and headers.

import { AwsError } from '../errors.js';
import { newHostId } from '../http.js';
import type { Reply } from '../service.js';
import { XML_DECL, el } from './xml.js';

export function s3ErrorReply(err: AwsError, ctx: { method: string; requestId: string }): Reply {
  const hostId = newHostId();
  const headers = { 'content-type': 'application/xml', 'x-amz-id-2': hostId, server: 'AmazonS3', ...err.headers };
  if (ctx.method === 'HEAD') return { status: err.status, headers };
  let body = `${XML_DECL}<Error>${el('Code', err.code)}${el('Message', err.message)}`;
  for (const [name, value] of Object.entries(err.fields)) body += el(name, value);
  body += `${el('RequestId', ctx.requestId)}${el('HostId', hostId)}</Error>`;
  return { status: err.status, headers, body };
}

export const noSuchBucket = (bucket: string) =>
  new AwsError(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket });

export const noSuchKey = (key: string, headers: Record<string, string> = {}) =>
  new AwsError(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key }, headers);

export const noSuchVersion = (key: string, versionId: string) =>
  new AwsError(404, 'NoSuchVersion', 'The specified version does not exist.', { Key: key, VersionId: versionId });

export const accessDenied = (headers: Record<string, string> = {}) =>
  new AwsError(403, 'AccessDenied', 'Access Denied', {}, headers);

export const invalidArgument = (message: string, name: string, value: string | undefined) =>
  new AwsError(400, 'InvalidArgument', message, value === undefined ? { ArgumentName: name } : { ArgumentName: name, ArgumentValue: value });

export const malformedXml = () =>
  new AwsError(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');

export const notImplemented = (what: string) =>
  new AwsError(501, 'NotImplemented', `A header or query you provided implies functionality that is not implemented: ${what}`);

/** A request signed for another region than the bucket's. S3 names the right one in a header. */
export const permanentRedirect = (bucket: string, region: string, host: string) =>
  new AwsError(
    301,
    'PermanentRedirect',
    'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
    { Endpoint: host, Bucket: bucket },
    { 'x-amz-bucket-region': region },
  );

export const preconditionFailed = (condition: string) =>
  new AwsError(412, 'PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', { Condition: condition });
