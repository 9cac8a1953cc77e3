// The all-regions fan-out's cursors: resuming from any page's `next` yields exactly what was not yet
// yielded, and a page's own `cursor` fetches that page again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EC2Client } from '@aws-sdk/client-ec2';
import { listAllRegions } from '../../src/data/ec2/allRegions';

/** A fake EC2 per region: `count` instances, pages of MaxResults, NextToken = offset. */
function fakeRegions(counts: Record<string, number>) {
  const calls: string[] = [];
  const clientFor = async (region: string) =>
    ({
      send: async (cmd: { input: { MaxResults: number; NextToken?: string } }) => {
        const start = Number(cmd.input.NextToken ?? 0);
        calls.push(`${region}@${start}`);
        await new Promise((r) => setTimeout(r, Math.random() * 5));
        const end = Math.min(counts[region], start + cmd.input.MaxResults);
        const ids = Array.from({ length: end - start }, (_, i) => `${region}-${start + i}`);
        return { Reservations: [{ Instances: ids.map((InstanceId) => ({ InstanceId })) }], NextToken: end < counts[region] ? String(end) : undefined };
      },
    }) as unknown as EC2Client;
  return { clientFor, calls, regions: async () => Object.keys(counts) };
}

const signal = () => new AbortController().signal;
const ids = (p: { items: { instance: { InstanceId?: string } }[] }) => p.items.map((i) => i.instance.InstanceId!);

test('every instance of every region once, whatever order the regions answer in', async () => {
  const f = fakeRegions({ a: 12, b: 3, c: 0, d: 7 });
  const all: string[] = [];
  for await (const p of listAllRegions(f.clientFor, f.regions, undefined, { signal: signal(), pageSize: 5 }, 2)) all.push(...ids(p));
  assert.equal(all.length, 22);
  assert.equal(new Set(all).size, 22);
});

test('resuming from a page\'s next yields the rest, no more, no less; its cursor refetches the page', async () => {
  const f = fakeRegions({ a: 12, b: 3, d: 7 });
  const seen: string[] = [];
  let next: string | undefined;
  let cursor: string | undefined;
  let first: string[] = [];
  let n = 0;
  for await (const p of listAllRegions(f.clientFor, f.regions, undefined, { signal: signal(), pageSize: 5 }, 2)) {
    seen.push(...ids(p));
    if (n === 0) [cursor, first] = [p.cursor, ids(p)];
    next = p.next;
    if (++n === 2) break;
  }
  for await (const p of listAllRegions(f.clientFor, f.regions, undefined, { signal: signal(), pageSize: 5, cursor: next }, 2)) seen.push(...ids(p));
  assert.equal(seen.length, 22);
  assert.equal(new Set(seen).size, 22);
  const again = listAllRegions(f.clientFor, f.regions, undefined, { signal: signal(), pageSize: 5, cursor }, 2)[Symbol.asyncIterator]();
  assert.deepEqual(ids((await again.next()).value), first);
});
