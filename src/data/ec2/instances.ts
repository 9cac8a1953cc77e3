// DescribeInstances as pages of instances, over the SDK's paginator: a page is one request of up to
// MaxResults instances (5–1000, counted in instances), its cursor the NextToken that asked for it, so
// the pager can drop it and fetch it again. Reservations are flattened: a row is an instance.
import type { DescribeInstancesCommandInput, EC2Client, Instance } from '@aws-sdk/client-ec2';
import type { ListOptions, Page } from '../tree';
import { toFilters, type InstanceFilter } from './filter';

export interface InstanceRecord {
  region: string;
  instance: Instance;
}

/** EC2 takes MaxResults from 5 to 1000. */
export const clampPageSize = (n: number | undefined) => Math.max(5, Math.min(1000, n ?? 1000));

/** DescribeInstances' input for a listing (the page size apart): built here only, for the call and the code view. */
export function describeInstancesInput(filter: InstanceFilter | undefined): DescribeInstancesCommandInput {
  return { Filters: toFilters(filter) };
}

/** The input for one instance's full record (details, and each waiter poll). */
export const describeInstanceInput = (instanceId: string): DescribeInstancesCommandInput => ({ InstanceIds: [instanceId] });

export async function* listInstances(
  client: EC2Client,
  region: string,
  filter: InstanceFilter | undefined,
  opts: ListOptions,
): AsyncIterable<Page<InstanceRecord>> {
  const { paginateDescribeInstances } = await import('@aws-sdk/client-ec2');
  let cursor = opts.cursor;
  for await (const out of paginateDescribeInstances(
    { client, startingToken: cursor, pageSize: clampPageSize(opts.pageSize) },
    describeInstancesInput(filter),
    { abortSignal: opts.signal },
  )) {
    const items = (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((instance) => ({ region, instance }));
    const next = out.NextToken || undefined;
    yield { items, cursor, next };
    cursor = next;
  }
}

export async function describeInstance(client: EC2Client, instanceId: string, signal: AbortSignal) {
  const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
  return client.send(new DescribeInstancesCommand(describeInstanceInput(instanceId)), { abortSignal: signal });
}

export const nameOf = (i: Instance): string | undefined => i.Tags?.find((t) => t.Key === 'Name')?.Value;
