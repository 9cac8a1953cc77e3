// Every error says what happened and what to do. The UI shows `message` and `hint`; nothing here
// includes request parameters or credentials, so nothing secret reaches the screen.
// A service's own code and message are outside text (AWS echoes input back — "The instance ID '…'
// does not exist" — and a custom endpoint can say anything): what explain() returns is sanitised and
// cut to one short line, so it is safe in the status line, in a string built from it, and in the log.
import { sanitize } from './sanitize';
import { keyOf } from '../keys/keymap';

// The keys a hint names, from the keymap (a rebinding changes every message at once).
const back = () => `go back (${keyOf('back')})`;
const retry = () => `retry (${keyOf('refresh')})`;
const switchProfile = () => `switch profile (${keyOf('profile.pick')})`;

export interface Explained {
  message: string;
  hint: string;
  /** An HTTP status or error code, for tests and the log. */
  code?: string;
}

interface AwsLikeError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string> };
}

/** Longest service message shown: a server may answer with a page of text. */
const MAX_MESSAGE = 300;

export function explain(err: unknown, what = 'the request'): Explained {
  const out = explainRaw(err, what);
  const message = sanitize(out.message);
  return {
    code: out.code === undefined ? undefined : sanitize(String(out.code)).slice(0, 100),
    message: message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message,
    hint: sanitize(out.hint ?? ''),
  };
}

function explainRaw(err: unknown, what: string): Explained {
  const e = (err ?? {}) as AwsLikeError;
  const code = e.name && e.name !== 'Error' ? e.name : (e.Code ?? e.code ?? 'Error');
  const status = e.$metadata?.httpStatusCode;
  const raw = typeof e.message === 'string' ? e.message.split('\n')[0] : String(err);
  // Credential failures arrive already explained, with what to do for that profile (credentials.ts).
  if (code === 'CredentialError') return { code, message: raw, hint: (err as { hint: string }).hint };
  switch (code) {
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'UnauthorizedOperation':
    case 'Forbidden':
      return { code, message: `Access denied: ${what}.`, hint: 'These credentials lack permission here; choose another resource or profile.' };
    case 'NoSuchBucket':
      return { code, message: `No such bucket: ${what}.`, hint: `It may have been deleted; ${back()} and refresh (${keyOf('refresh')}).` };
    case 'NoSuchKey':
    case 'NotFound':
      return { code, message: `Not found: ${what}.`, hint: `It may have been deleted; ${back()} and refresh (${keyOf('refresh')}).` };
    case 'InvalidAccessKeyId':
    case 'InvalidClientTokenId':
    case 'SignatureDoesNotMatch':
    case 'UnrecognizedClientException':
      return { code, message: 'The credentials were rejected.', hint: `Check the profile's keys, or ${switchProfile()}.` };
    case 'ExpiredToken':
    case 'ExpiredTokenException':
    case 'TokenRefreshRequired':
      return { code, message: 'The credentials have expired.', hint: `Renew them (:login for SSO), then ${retry()}.` };
    case 'CredentialsProviderError':
      return { code, message: `No credentials: ${raw}`, hint: `Configure this profile (aws configure), or ${switchProfile()}.` };
    case 'PermanentRedirect':
      return { code, message: `${what} lives in another region.`, hint: `${cap(retry())}; awsnav will ask the bucket for its region.` };
    case 'AbortError':
      return { code, message: 'Cancelled.', hint: '' };
    case 'TimeoutError':
    case 'RequestTimeout':
      return { code, message: `The endpoint did not answer in time (${what}).`, hint: `Check the network or endpoint, then ${retry()}.` };
  }
  if (isConnectionError(err)) {
    return {
      code: connCode(err),
      message: `The endpoint is not answering (${connCode(err)}).`,
      hint: `Check the network, --endpoint-url or the profile's endpoint_url, then ${retry()}.`,
    };
  }
  if (status && status >= 500) {
    return { code, message: `The service failed (${status} ${code}).`, hint: `It may be temporary: ${retry()}.` };
  }
  return { code, message: `${code}: ${raw}`, hint: `${cap(retry())}, or ${back()}.` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function connCode(err: unknown): string {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code ?? e.cause?.code ?? 'connection failed';
}

export function isConnectionError(err: unknown): boolean {
  return /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE)$/.test(connCode(err));
}
