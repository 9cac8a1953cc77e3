// Figure 4. Keypress → frame with 1,000 rows loaded and with 100,000, measured in one process, two
// apps mounted side by side and sampled in alternating blocks so both see the same machine. A sample
// is the time from the key bytes reaching Ink's stdin to Ink writing the frame that shows the cursor's
// new position. In-process, Ink's debug mode: no 30 fps throttle, every frame rendered in full.
import React from 'react';
import { performance } from 'node:perf_hooks';
import { App } from '../src/ui/App';
import { commandKeys } from '../src/ui/keymap';
import { benchSession, bucketPath } from './clients';
import { MILLION_BUCKET, MILLION_PREFIX } from './buckets';
import { childMain, sleep } from './child';
import { mount } from './inkTerm';
import { at, loadRows } from './rows';

export interface KeypressArgs {
  url: string;
  loads: number[];
  /** Keypresses per load, in blocks of `block`. */
  presses: number;
  block: number;
}

export interface KeypressResult {
  loads: { rows: number; samples: number[]; loadMs: number }[];
}

export async function measureKeypress({ url, loads, presses, block }: KeypressArgs): Promise<KeypressResult> {
  const screens = [];
  for (const rows of loads) {
    const term = mount(<App path={bucketPath(benchSession(url), MILLION_BUCKET, MILLION_PREFIX)} />);
    const t0 = performance.now();
    const cursor = await loadRows(term, rows);
    screens.push({ rows, term, cursor, samples: [] as number[], loadMs: performance.now() - t0 });
  }
  for (let done = 0; done < presses; done += block) {
    for (const s of screens) {
      for (let i = 0; i < block; i++) {
        // Down then up, so the cursor stays well inside the loaded rows and no page is requested.
        const down = (done + i) % 2 === 0;
        const next = s.cursor + (down ? 1 : -1);
        const shown = s.term.nextFrame((f) => at(next, s.rows).test(f), `the cursor at ${next + 1}`);
        const t0 = performance.now();
        s.term.write(commandKeys(down ? 'cursor.down' : 'cursor.up', 'browse'));
        s.samples.push((await shown) - t0);
        s.cursor = next;
        // A person's key repeat is ~30/s: let the frame's effects settle, but stay under the detail
        // pane's 120 ms rest, so no HeadObject is sent.
        await sleep(15);
      }
    }
  }
  for (const s of screens) s.term.unmount();
  return { loads: screens.map((s) => ({ rows: s.rows, samples: s.samples, loadMs: s.loadMs })) };
}

childMain(import.meta.url, measureKeypress);
