// One error type for every service: a handler throws it, and the service module that owns the request
// renders it in its own wire format (S3's <Error>, the Query protocol's <Response><Errors>…).

export class AwsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra elements S3 puts in the error body, e.g. { BucketName: 'x' }, in order. */
    readonly fields: Record<string, string> = {},
    /** Extra response headers, e.g. x-amz-bucket-region on a PermanentRedirect. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = code;
  }
}
