// Reads the SigV4 credential scope of a request. A header signature is never checked: the sandbox
// trusts whoever names a known access key (a presigned URL's is: queryAuth.ts). The scope still
// matters, because it says which service the request is for (one endpoint serves them all) and which
// region the client believes it is talking to.

import type { IncomingMessage } from 'node:http';

export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

// AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/s3/aws4_request, SignedHeaders=…, Signature=…
const HEADER_CREDENTIAL = /Credential=([^,\s]+)/;

export function parseScope(credential: string): CredentialScope | undefined {
  const parts = credential.split('/');
  if (parts.length < 5) return undefined;
  const [accessKeyId, date, region, service] = parts;
  if (!accessKeyId) return undefined;
  return { accessKeyId, date, region, service };
}

/** From the Authorization header, or a presigned URL's X-Amz-Credential; undefined when anonymous. */
export function readCredentialScope(req: IncomingMessage, query: URLSearchParams): CredentialScope | undefined {
  const auth = req.headers.authorization;
  if (auth) {
    const m = HEADER_CREDENTIAL.exec(auth);
    return m ? parseScope(m[1]) : undefined;
  }
  const presigned = query.get('X-Amz-Credential');
  return presigned ? parseScope(presigned) : undefined;
}
