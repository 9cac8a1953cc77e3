// DescribeInstances as EC2 answers it: filters, instance ids, and pages of MaxResults (5–1000) counted
// in instances, with an opaque NextToken. A page may hold part of a reservation; the rest follows.
import { AwsError } from '../errors.js';
import type { SandboxInstance } from './model.js';
import { filters, int, list, type Filter } from './params.js';

function matches(i: SandboxInstance, f: Filter): boolean {
  const any = (v: string | undefined) => v !== undefined && f.values.some((want) => glob(want, v));
  switch (f.name) {
    case 'instance-state-name':
      return any(i.state);
    case 'instance-type':
      return any(i.instanceType);
    case 'instance-id':
      return any(i.instanceId);
    case 'availability-zone':
      return any(i.az);
    case 'image-id':
      return any(i.imageId);
    case 'tag-key':
      return [...i.tags.keys()].some((k) => any(k));
    default:
      if (f.name.startsWith('tag:')) return any(i.tags.get(f.name.slice(4)));
      throw new AwsError(400, 'InvalidParameterValue', `The filter '${f.name}' is invalid`);
  }
}

/** EC2 filter values allow * and ? wildcards. */
function glob(pattern: string, value: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === value;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

export interface DescribePage {
  instances: SandboxInstance[];
  nextToken?: string;
}

export function describeInstances(all: SandboxInstance[], form: URLSearchParams): DescribePage {
  const ids = list(form, 'InstanceId');
  const max = int(form, 'MaxResults');
  if (max !== undefined && ids.length) {
    throw new AwsError(400, 'InvalidParameterCombination', 'The parameter instancesSet cannot be used with the parameter maxResults');
  }
  if (max !== undefined && (max < 5 || max > 1000)) {
    throw new AwsError(400, 'InvalidParameterValue', `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value greater than 5.`);
  }
  const missing = ids.filter((id) => !all.some((i) => i.instanceId === id));
  if (missing.length) {
    const bad = missing.find((id) => !/^i-[0-9a-f]{8,17}$/.test(id));
    if (bad) throw new AwsError(400, 'InvalidInstanceID.Malformed', `Invalid id: "${bad}"`);
    throw new AwsError(400, 'InvalidInstanceID.NotFound', `The instance ID${missing.length > 1 ? 's' : ''} '${missing.join(', ')}' do${missing.length > 1 ? '' : 'es'} not exist`);
  }
  const fs = filters(form);
  const picked = all.filter((i) => (!ids.length || ids.includes(i.instanceId)) && fs.every((f) => matches(i, f)));
  const start = readToken(form.get('NextToken'));
  if (max === undefined) return { instances: picked.slice(start) };
  const end = start + max;
  return { instances: picked.slice(start, end), nextToken: end < picked.length ? writeToken(end) : undefined };
}

// The token is opaque to clients; here it is an offset into the (creation-ordered) matching list.
function writeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, v: 1 })).toString('base64');
}

function readToken(token: string | null): number {
  if (!token) return 0;
  try {
    const { o } = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { o: unknown };
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    /* falls through to the error */
  }
  throw new AwsError(400, 'InvalidParameterValue', 'The value supplied for NextToken is invalid.');
}
