// Figure 3. Paging through every key of a 200,000-key bucket: awsnav's data layer (listObjects, and the
// Pager the browser holds rows in) against a bare paginateListObjectsV2 loop, in alternating rounds on
// clients of their own, and against the AWS CLI (a process per scan, as a person would run it), which
// takes its turn in every round.
import { performance } from 'node:perf_hooks';
import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { listObjects } from '../src/data/s3/objects';
import { Pager } from '../src/data/pager';
import { benchSession, rawClient } from './clients';
import { SCAN_BUCKET, SCAN_KEYS } from './buckets';
import { childMain, sleep } from './child';
import { cliScan, findAwsCli } from './awsCli';

export interface ScanArgs {
  url: string;
  rounds: number;
  /** The CLI is ~5× slower than the rest: it takes its turn in the first `cliRounds` rounds only. */
  cliRounds: number;
}

export type ScanSide = 'raw' | 'listObjects' | 'pager' | 'awsCli';
export interface ScanResult {
  keys: number;
  ms: Record<ScanSide, number[]>;
  /** e.g. "aws-cli/2.9.19", or undefined when no CLI is installed. */
  awsCli?: string;
}

/** What anyone would write: the SDK's paginator, counting keys. */
// Each side stops after `limit` keys (the warm-up's short runs) or at the end of the bucket.
async function rawLoop(client: S3Client, limit: number): Promise<number> {
  let n = 0;
  for await (const page of paginateListObjectsV2({ client, pageSize: 1000 }, { Bucket: SCAN_BUCKET })) {
    n += page.Contents?.length ?? 0;
    if (n >= limit) break;
  }
  return n;
}

async function dataLayer(client: S3Client, limit: number): Promise<number> {
  let n = 0;
  const signal = new AbortController().signal;
  for await (const page of listObjects(client, { bucket: SCAN_BUCKET }, { signal })) {
    n += page.items.length;
    if (n >= limit) break;
  }
  return n;
}

/** The Pager as the browser drives it: the cursor follows the end of what is loaded. */
function viaPager(client: S3Client, limit: number): Promise<number> {
  const pager = new Pager((opts) => listObjects(client, { bucket: SCAN_BUCKET }, opts));
  return new Promise((resolve, reject) => {
    pager.subscribe(() => {
      if (pager.error !== undefined) reject(pager.error);
      else if (pager.done || pager.length >= limit) {
        pager.dispose();
        resolve(pager.length);
      } else if (!pager.loading) pager.ensure(pager.length - 1);
    });
    pager.ensure(0);
  });
}

const WARMUP_KEYS = 20_000;

export async function measureScan({ url, rounds, cliRounds }: ScanArgs): Promise<ScanResult> {
  const session = benchSession(url);
  const sides: Record<Exclude<ScanSide, 'awsCli'>, { client: S3Client; run: (c: S3Client, limit: number) => Promise<number> }> = {
    raw: { client: rawClient(url), run: rawLoop },
    listObjects: { client: await session.s3(), run: dataLayer },
    // A session of its own (same profile and region): its own client, so its own sockets.
    pager: { client: await session.withRegion(session.region).s3(), run: viaPager },
  };
  const cli = findAwsCli();
  const ms: ScanResult['ms'] = { raw: [], listObjects: [], pager: [], awsCli: [] };
  // A short warm-up round (JIT, sockets; the CLI needs none), then the measured rounds in rotated orders.
  const order: ScanSide[] = ['raw', 'listObjects', 'pager', ...(cli ? (['awsCli'] as const) : [])];
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < order.length; k++) {
      const side = order[(k + Math.max(0, round)) % order.length];
      if (side === 'awsCli' && (round < 0 || round >= cliRounds)) continue;
      let n: number;
      let elapsed: number;
      if (side === 'awsCli') {
        ({ keys: n, ms: elapsed } = await cliScan(cli!, url, SCAN_BUCKET));
      } else {
        const { client, run } = sides[side];
        const t0 = performance.now();
        n = await run(client, round < 0 ? WARMUP_KEYS : Infinity);
        elapsed = performance.now() - t0;
      }
      if (round < 0) continue;
      if (n !== SCAN_KEYS) throw new Error(`${side} saw ${n} keys, expected ${SCAN_KEYS}`);
      ms[side].push(elapsed);
      await sleep(200);
    }
  }
  return { keys: SCAN_KEYS, ms, awsCli: cli?.version };
}

childMain(import.meta.url, measureScan);
