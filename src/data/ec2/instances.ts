// DescribeInstances as pages of instances: a page is one request of up to MaxResults instances (5–1000,
// counted in instances), its cursor the NextToken that asked for it, so the pager can drop it and
// fetch it again. Reservations are flattened: a row is an instance.
import type { EC2Client, Instance } from '@aws-sdk/client-ec2';
import type { ListOptions, Page } from '../tree';
import { toFilters, type InstanceFilter } from './filter';

export interface InstanceRecord {
  region: string;
  instance: Instance;
}

/** EC2 takes MaxResults from 5 to 1000. */
export const clampPageSize = (n: number | undefined) => Math.max(5, Math.min(1000, n ?? 1000));

export async function* listInstances(
  client: EC2Client,
  region: string,
  filter: InstanceFilter | undefined,
  opts: ListOptions,
): AsyncIterable<Page<InstanceRecord>> {
  const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
  let token = opts.cursor;
  do {
    const out = await client.send(
      new DescribeInstancesCommand({ Filters: toFilters(filter), MaxResults: clampPageSize(opts.pageSize), NextToken: token }),
      { abortSignal: opts.signal },
    );
    const items = (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((instance) => ({ region, instance }));
    const cursor = token;
    token = out.NextToken || undefined;
    yield { items, cursor, next: token };
  } while (token);
}

export async function describeInstance(client: EC2Client, instanceId: string, signal: AbortSignal) {
  const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
  return client.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }), { abortSignal: signal });
}

export const nameOf = (i: Instance): string | undefined => i.Tags?.find((t) => t.Key === 'Name')?.Value;
