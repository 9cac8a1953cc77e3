// The app for figure 4, run under `script` (a pseudo-terminal) by ptyKeypress.ts: rendered exactly
// as the CLI renders it (src/ui/inkOptions.ts: interactive, incremental, alternate screen, Ink's
// 30 fps throttle, one write per frame), in the million-object prefix. Its rows arrive as one page of
// `rows` (the listing's pages joined, so the load does not depend on what G does), then it tells the
// bench over a loopback socket that the screen has settled, and the bench presses keys through the pty.
import React from 'react';
import { connect } from 'node:net';
import { render } from 'ink';
import { App } from '../src/ui/App';
import { inkOptions } from '../src/ui/inkOptions';
import type { Page, TreeNode } from '../src/data/tree';
import { benchSession, bucketPath } from './clients';
import { MILLION_BUCKET, MILLION_PREFIX } from './buckets';

export interface PtyAppArgs {
  url: string;
  rows: number;
  port: number;
}

/** The same listing, its pages joined into batches of `rows`. */
function batched(leaf: TreeNode, rows: number, loaded: () => void): TreeNode {
  const children = leaf.type.children!;
  return {
    ...leaf,
    type: {
      ...leaf.type,
      children: (n, ctx, opts) =>
        (async function* () {
          let batch: Page<TreeNode> = { items: [] };
          for await (const page of children(n, ctx, opts)) {
            batch = { items: [...batch.items, ...page.items], cursor: batch.cursor ?? page.cursor, next: page.next };
            if (batch.items.length >= rows || !page.next) {
              loaded(); // before the yield: a generator resumes after it only when asked for more
              yield batch;
              batch = { items: [] };
            }
          }
        })(),
    },
  };
}

const args = JSON.parse(process.argv[2] ?? '{}') as PtyAppArgs;
const control = connect(args.port, '127.0.0.1');
const tell = (message: object) => control.write(JSON.stringify(message) + '\n');

// When the terminal last received a frame: the screen has settled once nothing came for a while.
let lastWrite = performance.now();
const write = process.stdout.write.bind(process.stdout) as (...a: unknown[]) => boolean;
process.stdout.write = ((...a: unknown[]) => {
  lastWrite = performance.now();
  return write(...a);
}) as typeof process.stdout.write;

let batches = 0;
const path = bucketPath(benchSession(args.url), MILLION_BUCKET, MILLION_PREFIX);
path[path.length - 1] = batched(path[path.length - 1], args.rows, () => batches++);
const app = render(<App path={path} />, inkOptions(process.stdin, process.stdout));

const settle = setInterval(() => {
  if (batches > 0 && performance.now() - lastWrite > 500) {
    clearInterval(settle);
    tell({ ready: true });
  }
}, 50);
const quit = () => {
  app.unmount();
  control.end();
  setTimeout(() => process.exit(0), 50);
};
control.on('data', (b) => {
  const said = String(b);
  // The CPU this process has used so far: the bench asks before and after a block of keys.
  if (said.includes('cpu')) {
    const { user, system } = process.cpuUsage();
    tell({ cpuMs: (user + system) / 1000 });
  }
  if (said.includes('quit')) quit();
});
// The bench gone (killed, crashed): no app left running under a script nobody reads.
control.on('close', quit);
control.on('error', quit);
