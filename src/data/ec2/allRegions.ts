// "All regions": every region's instances in one listing, fetched a few regions at a time (bounded
// concurrency: fast, without a burst of requests into every region at once). Pages arrive in whatever
// order the regions answer. A cursor is the work still to do — [region, NextToken] pairs — so the
// pager can resume after an error or fetch one dropped page again (its own pair first).
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ListOptions, Page } from '../tree';
import { clampPageSize, type InstanceRecord } from './instances';
import { toFilters, type InstanceFilter } from './filter';

export const REGION_CONCURRENCY = 4;

type Work = [region: string, token?: string];

export const encodeWork = (work: Work[]): string => JSON.stringify(work);
function decodeWork(cursor: string): Work[] {
  const w = JSON.parse(cursor) as unknown;
  if (!Array.isArray(w)) throw new Error('internal: not an all-regions cursor');
  return w as Work[];
}

export async function* listAllRegions(
  clientFor: (region: string) => Promise<EC2Client>,
  regions: () => Promise<string[]>,
  filter: InstanceFilter | undefined,
  opts: ListOptions,
  concurrency = REGION_CONCURRENCY,
): AsyncIterable<Page<InstanceRecord>> {
  const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
  // A cursor names its own page first: a refetch takes that one page and stops.
  const queue: Work[] = opts.cursor ? decodeWork(opts.cursor) : (await regions()).map((r): Work => [r]);
  const inFlight = new Map<Promise<void>, Work>();
  const ready: { page: Page<InstanceRecord>; work: Work }[] = [];
  let failure: { error: unknown } | undefined;

  const fetch = (work: Work) => {
    const [region, token] = work;
    const p = (async () => {
      const client = await clientFor(region);
      const out = await client.send(
        new DescribeInstancesCommand({ Filters: toFilters(filter), MaxResults: clampPageSize(opts.pageSize), NextToken: token }),
        { abortSignal: opts.signal },
      );
      const items = (out.Reservations ?? []).flatMap((r) => r.Instances ?? []).map((instance) => ({ region, instance }));
      // The region's next page goes to the front: finish a region before starting far ones.
      if (out.NextToken) queue.unshift([region, out.NextToken]);
      ready.push({ page: { items, cursor: encodeWork([work]) }, work });
    })().then(
      () => void inFlight.delete(p),
      (error) => {
        inFlight.delete(p);
        failure ??= { error };
      },
    );
    inFlight.set(p, work);
  };

  while (queue.length || inFlight.size || ready.length) {
    while (!failure && inFlight.size < concurrency && queue.length) fetch(queue.shift()!);
    if (!ready.length && inFlight.size) await Promise.race(inFlight.keys());
    if (failure) throw failure.error;
    const next = ready.shift();
    if (!next) continue;
    // What is left after this page: queued work plus what is still in flight (not yet shown).
    const rest = [...inFlight.values(), ...ready.map((r) => r.work), ...queue];
    yield { ...next.page, next: rest.length ? encodeWork(rest) : undefined };
  }
}
