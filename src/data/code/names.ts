// How one request is named in each tool: the CLI's kebab-case commands and flags, boto3's snake_case
// methods and waiters, the JS SDK's Command classes, paginators and waitUntil* functions.
import { fieldsOf, type AwsRequest, type WaitSpec } from '../request';

/** ListObjectsV2 → list-objects-v2 (the CLI), list_objects_v2 (boto3): botocore's xform_name. */
export const kebab = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
export const snake = (name: string): string => kebab(name).replace(/-/g, '_');

/** The fields the code passes: the wire-only EncodingType is left to the CLI and boto3, which add it themselves. */
export function codeFields(r: AwsRequest, keepEncoding = false): [string, unknown][] {
  return fieldsOf(r.input).filter(([k]) => keepEncoding || k !== 'EncodingType');
}

/** boto3's WaiterConfig is one fixed Delay; awsnav may back off from Delay to a larger one. */
export function waiterNote(w: WaitSpec): string | undefined {
  const { minDelay, maxDelay } = w.config;
  return maxDelay > minDelay ? `awsnav backs off from ${minDelay} s to ${maxDelay} s between polls; boto3's Delay is fixed at ${minDelay} s` : undefined;
}

/** boto3's defaults, per waiter (Delay, MaxAttempts), as in the service models. */
export const WAITER_DEFAULTS: Record<WaitSpec['waiter'], { delay: number; maxAttempts: number }> = {
  InstanceRunning: { delay: 15, maxAttempts: 40 },
  InstanceStopped: { delay: 15, maxAttempts: 40 },
  InstanceTerminated: { delay: 15, maxAttempts: 40 },
  ObjectExists: { delay: 5, maxAttempts: 20 },
};

export const isDefaultWait = (w: WaitSpec): boolean =>
  w.config.minDelay === WAITER_DEFAULTS[w.waiter].delay && w.config.maxDelay === w.config.minDelay && w.config.maxAttempts === WAITER_DEFAULTS[w.waiter].maxAttempts;

/** The state an instance waiter waits for: InstanceStopped → stopped. */
export const waiterState = (w: WaitSpec): string => w.waiter.replace(/^Instance/, '').toLowerCase();

/** The S3 key a listing entry's labels are relative to (for the `/` filter, which matches the name shown). */
export const labelBaseOf = (prefix: unknown): string => {
  const p = typeof prefix === 'string' ? prefix : '';
  return p.slice(0, p.lastIndexOf('/') + 1);
};
