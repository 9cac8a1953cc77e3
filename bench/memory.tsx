// Figure 5. RSS after paging through N keys of the million-object prefix in the browser: a listing
// of its first N keys, read to its end with G (one press walks the whole listing, the window following
// the end). One child process per N, so each figure starts from the same clean process; garbage is
// collected before reading.
import React from 'react';
import { App } from '../src/ui/App';
import { benchSession, bucketPath } from './clients';
import { MILLION_BUCKET, MILLION_PREFIX } from './buckets';
import { childMain, sleep } from './child';
import { mount } from './inkTerm';
import { firstKeys, walkToEnd } from './rows';

export interface MemoryArgs {
  url: string;
  keys: number;
}

export interface MemoryResult {
  keys: number;
  rssBytes: number;
  heapUsedBytes: number;
  /** Before the app was mounted: what the process costs with nothing loaded. */
  baseRssBytes: number;
  ms: number;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
}

export async function measureMemory({ url, keys }: MemoryArgs): Promise<MemoryResult> {
  const session = benchSession(url);
  await session.s3(); // the SDK loaded in both runs before the baseline, so the baseline is comparable
  collect();
  const baseRssBytes = process.memoryUsage().rss;
  const t0 = Date.now();
  const path = bucketPath(session, MILLION_BUCKET, MILLION_PREFIX);
  path[path.length - 1] = firstKeys(path[path.length - 1], keys);
  const term = mount(<App path={path} />);
  await walkToEnd(term, keys);
  await sleep(200);
  collect();
  const { rss, heapUsed } = process.memoryUsage();
  term.unmount();
  return { keys, rssBytes: rss, heapUsedBytes: heapUsed, baseRssBytes, ms: Date.now() - t0 };
}

childMain(import.meta.url, measureMemory);
