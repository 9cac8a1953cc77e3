// Issue 11's figures: work over a whole collection of 1,000,000 keys (the million-object prefix), each
// side in a child process of its own so RSS is its own.
//   raw    — the bare SDK loop (paginateListObjectsV2), counting keys: the time reference
//   page   — the Pager walked to the end (G): the memory reference, "merely paging 1M keys"
//   sort   — a sort by size over every key (IndexScan), then the first screen drawn from it
//   filter — a `/` filter over every key (IndexScan with a predicate), matches kept by row
//   count  — objects and bytes totalled (countPages)
// Goals (issue 11): sort RSS ≤ 2× page RSS and time ≤ 1.3× raw; filter and count time ≤ 1.2× raw.
import { performance } from 'node:perf_hooks';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { node, type TreeNode } from '../src/data/tree';
import { s3Prefix, type ObjectRecord } from '../src/data/s3/nodes';
import { Pager } from '../src/data/pager';
import { IndexScan } from '../src/data/collection/indexScan';
import { countPages } from '../src/data/collection/count';
import { benchSession, rawClient } from './clients';
import { MILLION, MILLION_BUCKET, MILLION_PREFIX, SCAN_BUCKET, SCAN_KEYS } from './buckets';
import { childMain, sleep } from './child';
import { median, mib, ms, ratio, times, verdict, type Row } from './report';

export type CollectionSide = 'raw' | 'page' | 'sort' | 'filter' | 'count';
export interface CollectionArgs {
  url: string;
  side: CollectionSide;
  /** 'scan': the 200,000-key bucket instead of the million (a quicker run of the same sides). */
  bucket?: 'million' | 'scan';
}
export interface CollectionResult {
  side: CollectionSide;
  keys: number;
  ms: number;
  rssBytes: number;
  heapUsedBytes: number;
  baseRssBytes: number;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

const until = (pred: () => boolean) =>
  new Promise<void>((resolve) => {
    const check = () => (pred() ? resolve() : setTimeout(check, 5));
    check();
  });

export async function measureCollectionSide({ url, side, bucket: which = 'million' }: CollectionArgs): Promise<CollectionResult> {
  const [bucket, prefix, total] = which === 'scan' ? [SCAN_BUCKET, '', SCAN_KEYS] : [MILLION_BUCKET, MILLION_PREFIX, MILLION];
  const session = benchSession(url);
  await session.s3(); // the SDK loaded before the baseline on every side
  const raw = rawClient(url);
  collect();
  const baseRssBytes = process.memoryUsage().rss;
  const folder = node(s3Prefix, 'bench', prefix, { bucket, prefix, flat: true });
  const pager = new Pager<TreeNode>((o) => folder.type.children!(folder, { session }, o));
  let keys = 0;
  const t0 = performance.now();
  switch (side) {
    case 'raw':
      for await (const page of paginateListObjectsV2({ client: raw, pageSize: 1000 }, { Bucket: bucket, Prefix: prefix || undefined })) {
        keys += page.Contents?.length ?? 0;
      }
      break;
    case 'page':
      pager.ensure(0, 40);
      await pager.toEnd();
      keys = pager.length;
      break;
    case 'sort':
    case 'filter': {
      // As the browser starts it: the first screen read, then s (or /) over everything.
      pager.ensure(0, 40);
      await until(() => pager.length > 0 && !pager.loading);
      const scan = new IndexScan(
        pager,
        side === 'sort'
          ? { key: (n) => (n.record as ObjectRecord).entry.size, label: 'sort by size' }
          : { keep: (n) => n.label.includes('77'), label: 'filter' },
      );
      scan.start();
      await until(() => scan.state !== 'reading');
      if (scan.state !== 'done') throw new Error(`${side} ended ${scan.state}: ${String(scan.error)}`);
      keys = scan.read;
      // The first screen drawn from the index (a sort's largest 40 are held; a filter's come back by cursor).
      for (let i = 0; i < Math.min(40, scan.count()); i++) if (!scan.at(i, true)) await until(() => scan.at(i, true) !== undefined);
      break;
    }
    case 'count': {
      const t = await countPages((o) => folder.type.children!(folder, { session }, o), new AbortController().signal);
      keys = t.objects;
      break;
    }
  }
  const elapsed = performance.now() - t0;
  if (keys !== total) throw new Error(`${side} saw ${keys} keys, expected ${total}`);
  await sleep(200);
  collect();
  const { rss, heapUsed } = process.memoryUsage();
  pager.dispose();
  return { side, keys, ms: elapsed, rssBytes: rss, heapUsedBytes: heapUsed, baseRssBytes };
}

/**
 * The rows for the table. Times alternate sides over `rounds` rounds (raw, sort, filter, count, in a
 * rotated order), each run a process of its own; RSS of sort against page comes from one run each.
 */
export async function collectionRows(run: (args: CollectionArgs) => Promise<CollectionResult>, url: string, rounds = 2, bucket: CollectionArgs['bucket'] = 'million'): Promise<Row[]> {
  const timed: CollectionSide[] = ['raw', 'sort', 'filter', 'count'];
  const times_: Record<CollectionSide, number[]> = { raw: [], page: [], sort: [], filter: [], count: [] };
  const last: Partial<Record<CollectionSide, CollectionResult>> = {};
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < timed.length; k++) {
      const side = timed[(k + round) % timed.length];
      const r = await run({ url, side, bucket });
      times_[side].push(r.ms);
      last[side] = r;
    }
  }
  const page = await run({ url, side: 'page', bucket });
  const n = (bucket === 'scan' ? SCAN_KEYS : MILLION).toLocaleString('en-US');
  const rawMs = median(times_.raw);
  const rows: Row[] = [];
  const sort = last.sort!;
  const memX = ratio(sort.rssBytes, page.rssBytes);
  rows.push({
    id: 'collections.sortMemory', figure: `7. RSS after sorting ${n} keys by size vs after paging them`, awsnav: `sort: ${mib(sort.rssBytes)} (heap ${mib(sort.heapUsedBytes)})`,
    reference: `page (G): ${mib(page.rssBytes)} (heap ${mib(page.heapUsedBytes)})`, ratio: times(memX), goal: '≤ 2.00×', verdict: verdict(memX, { atMost: 2 }),
    note: `with nothing listed: ${mib(page.baseRssBytes)}; the index keeps about 20 bytes a key (row number, key, sorted position) and 256 rows at each end.`,
  });
  for (const [side, goal] of [['sort', 1.3], ['filter', 1.2], ['count', 1.2]] as const) {
    const t = median(times_[side]);
    const x = ratio(t, rawMs);
    rows.push({
      id: `collections.${side}`, figure: `7. ${side} ${n} keys (median of ${times_[side].length})`, awsnav: ms(t), reference: `paginateListObjectsV2: ${ms(rawMs)}`,
      ratio: times(x), goal: `≤ ${goal.toFixed(2)}×`, verdict: verdict(x, { atMost: goal }),
    });
  }
  return rows;
}

childMain(import.meta.url, measureCollectionSide);
