// Figure 2. Opening the million-object prefix → its first row on screen, against one raw
// ListObjectsV2 call (the same request awsnav sends: the folder view's Delimiter '/', MaxKeys 1000,
// EncodingType url) on a warm SDK client. Samples alternate, so both sides see the same machine. The
// app renders in the CLI's own mode (Ink's throttle, incremental lines: bench/inkTerm.ts), the path a
// terminal sees; `--first-row-mode debug` measures Ink's debug mode instead (the figure before issue 16).
import React from 'react';
import { performance } from 'node:perf_hooks';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { App } from '../src/ui/App';
import { commandKeys } from '../src/keys/keymap';
import { benchSession, bucketPath, rawClient } from './clients';
import { MILLION_BUCKET, MILLION_PREFIX } from './buckets';
import { childMain, sleep } from './child';
import { mount } from './inkTerm';

export interface FirstRowArgs {
  url: string;
  samples: number;
  warmup: number;
  /** 'cli': the CLI's render mode (throttle, incremental lines); 'debug': Ink's, every frame whole. */
  mode?: 'cli' | 'debug';
}

export interface FirstRowResult {
  awsnavMs: number[];
  rawMs: number[];
}

const FIRST = 'obj-0000000';

export async function measureFirstRow({ url, samples, warmup, mode = 'cli' }: FirstRowArgs): Promise<FirstRowResult> {
  const client = rawClient(url);
  const input = { Bucket: MILLION_BUCKET, Prefix: MILLION_PREFIX, Delimiter: '/', MaxKeys: 1000, EncodingType: 'url' as const };
  const term = mount(<App path={bucketPath(benchSession(url), MILLION_BUCKET)} />, 140, 40, mode);
  const atBucket = (f: string) => f.includes(MILLION_PREFIX) && !f.includes(FIRST) && /1 loaded/.test(f);
  await term.see(atBucket, 'the bucket listing with big/');
  const out: FirstRowResult = { awsnavMs: [], rawMs: [] };
  for (let i = 0; i < warmup + samples; i++) {
    const t0 = performance.now();
    const page = await client.send(new ListObjectsV2Command(input));
    const raw = performance.now() - t0;
    if ((page.Contents?.length ?? 0) !== 1000) throw new Error('the raw call did not return a full page');
    await sleep(30);

    const shown = term.nextFrame((f) => f.includes(FIRST), 'the first row of big/');
    const t1 = performance.now();
    term.write(commandKeys('open', 'browse'));
    const ui = (await shown) - t1;
    // Back at once: before the detail pane's HeadObject (it waits for the cursor to rest) is sent.
    const back = term.nextFrame(atBucket, 'the bucket listing again');
    term.write(commandKeys('back', 'browse'));
    await back;
    await sleep(30);
    if (i >= warmup) {
      out.rawMs.push(raw);
      out.awsnavMs.push(ui);
    }
  }
  term.unmount();
  client.destroy();
  return out;
}

childMain(import.meta.url, measureFirstRow);
