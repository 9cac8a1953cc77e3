// Buckets that refused to be listed, per session: once the bucket's top listing (ListObjectsV2) answered
// AccessDenied, nothing that changes the bucket is offered there (delete, upload, copy or move into
// it): it would most likely be refused too, after the questions. The next listing that works clears
// it (a policy may have changed). A fact of the data layer, like Session.bucketRegions.
//
// Actions are asked `unavailable(node)` without the session, so each listing's record (a bucket, a
// prefix, a versions listing) is remembered with the session that read it, and the rows it gave name
// that record (`listing`): one pointer per row, no table of a million rows.
import type { Session } from '../session';
import type { TreeNode } from '../tree';
import type { ActionSpec } from '../actions';
import { explain } from '../errors';
import { keyOf } from '../../keys/keymap';

export interface Refusal {
  operation: string;
  code: string;
}

const refusals = new WeakMap<Session, Map<string, Refusal>>();
const readWith = new WeakMap<object, Session>();

/** Codes that mean "these credentials may not", not a sign-in problem (those have their own codes). */
const REFUSED = new Set(['AccessDenied', 'AllAccessDisabled']);

/** This listing record (and the rows that name it) was read with this session. */
export function listedWith(record: object, session: Session | undefined): void {
  if (session) readWith.set(record, session);
}

export function refusal(session: Session | undefined, bucket: string): Refusal | undefined {
  return session ? refusals.get(session)?.get(bucket) : undefined;
}

/** Called when a listing of the bucket failed: remembered if it was a refusal. */
export function noteFailure(session: Session | undefined, bucket: string, operation: string, err: unknown): void {
  const code = explain(err).code;
  if (!session || code === undefined || !REFUSED.has(code)) return;
  let byBucket = refusals.get(session);
  if (!byBucket) refusals.set(session, (byBucket = new Map()));
  byBucket.set(bucket, { operation, code });
}

/** A listing of the bucket worked: whatever refused it before does not any more. */
export function noteSuccess(session: Session | undefined, bucket: string): void {
  if (session) refusals.get(session)?.delete(bucket);
}

/**
 * Reads a listing's pages, remembering a refusal (or its end). The consumer sees the same pages and
 * the same error.
 */
export async function* watched<T>(session: Session | undefined, bucket: string, operation: string, pages: AsyncIterable<T>): AsyncIterable<T> {
  let first = true;
  try {
    for await (const page of pages) {
      if (first) noteSuccess(session, bucket);
      first = false;
      yield page;
    }
  } catch (err) {
    noteFailure(session, bucket, operation, err);
    throw err;
  }
}

export function refusalText(r: Refusal): string {
  return `this bucket refused ${r.operation} (${r.code}): these credentials may not read it, so nothing that changes it is offered (${keyOf('refresh')} lists it again)`;
}

type Rec = { bucket?: string; name?: string; listing?: object };

/** Why nothing that changes this node's bucket is offered, or undefined: ActionSpec.unavailable. */
export function refusedWhy(n: TreeNode): string | undefined {
  const r = (n.record ?? {}) as Rec;
  const session = readWith.get(r) ?? (r.listing ? readWith.get(r.listing) : undefined);
  const bucket = r.bucket ?? (n.type.name === 's3.bucket' ? r.name : undefined);
  const found = bucket === undefined ? undefined : refusal(session, bucket);
  return found ? refusalText(found) : undefined;
}

/** The action, withheld where its bucket refused to be listed (and wherever else it already was). */
export function unlessRefused(spec: ActionSpec): ActionSpec {
  const own = spec.unavailable;
  return { ...spec, unavailable: (n) => refusedWhy(n) ?? own?.(n) };
}
