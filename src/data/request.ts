// The request is the single source (DESIGN.md): each listing, detail and action builds one value —
// service, operation, input, client config — and the SDK call, the raw view's caption and the code
// view all read it, so "the code" is exactly what awsnav sent. Plain data, no SDK import here.
import type { Session } from './session';
import type { WaiterConfig } from './waiters/loop';
import { escapeUnseen } from './code/quote';

export type ServiceId = 's3' | 'ec2';

/** What a client is made from: the profile's name (never its keys), region, endpoint. */
export interface ClientConfig {
  /** Undefined: the default profile (or keys from the environment). */
  profile?: string;
  region: string;
  /** Undefined: whatever region the profile's config names is this one, so the code need not say it. */
  regionIsDefault?: boolean;
  /** Undefined: AWS's own endpoint. */
  endpoint?: string;
  /** S3 against a custom endpoint uses path-style addressing (session.ts). */
  forcePathStyle?: boolean;
}

export type Operation =
  | 'ListBuckets'
  | 'ListObjectsV2'
  | 'ListObjectVersions'
  | 'HeadObject'
  | 'DescribeInstances'
  | 'StartInstances'
  | 'StopInstances'
  | 'RebootInstances'
  | 'TerminateInstances'
  | 'DeleteObjects';

export type InstanceWaiterName = 'InstanceRunning' | 'InstanceStopped' | 'InstanceTerminated';

/** An operation's input as the SDK command takes it (PascalCase, as in the API reference). */
export type Input = object;

export interface WaitSpec {
  waiter: InstanceWaiterName | 'ObjectExists';
  input: Input;
  config: WaiterConfig;
}

/** What awsnav does after the response, because the API has no server-side form of it. */
export interface ClientFilter {
  /** Only objects of this content type (HeadObject per key: contentType.ts). */
  contentType?: string;
  /** The `/` filter on the loaded rows' names (case-insensitive). */
  text?: string;
  /** The versions of this one key (Prefix would also match 'a.txt.bak'). */
  exactKey?: string;
}

export interface AwsRequest<I extends Input = Input> {
  service: ServiceId;
  operation: Operation;
  input: I;
  client: ClientConfig;
  /** A paginated listing: the page size the paginator asks for (MaxKeys / MaxResults). */
  pageSize?: number;
  wait?: WaitSpec;
  clientFilter?: ClientFilter;
  /** Delete everything under a prefix (DeleteObjects in batches of 1,000 after a listing). */
  deletePrefix?: { bucket: string; prefix: string; versions: boolean };
  /** EC2 "all regions": the same request in each region. */
  everyRegion?: boolean;
}

/** The client config a session's calls use, for one service and region. */
export function clientConfigOf(session: Session, service: ServiceId, region = session.region): ClientConfig {
  const endpoint = session.endpoint(service);
  const named = session.profile.source !== 'env' && session.profile.name !== 'default';
  return {
    profile: named ? session.profile.name : undefined,
    region,
    regionIsDefault: session.profile.region === region || undefined,
    endpoint,
    forcePathStyle: service === 's3' && endpoint !== undefined ? true : undefined,
  };
}

/** The input without undefined fields: what goes on the wire, and what the code shows. */
export function fieldsOf(input: Input): [string, unknown][] {
  return Object.entries(input).filter(([, v]) => v !== undefined && v !== '');
}

/**
 * One line for the raw view's caption and the code's first comment: `ListObjectsV2 {"Bucket":"dev-logs",
 * "Prefix":"raw/"}`. JSON, with anything a terminal or a parser would act on escaped: a key holding a
 * newline must not end a comment and become code.
 */
export function requestCaption(r: Pick<AwsRequest, 'operation' | 'input'>): string {
  return `${r.operation} ${escapeUnseen(JSON.stringify(Object.fromEntries(fieldsOf(r.input))))}`;
}
