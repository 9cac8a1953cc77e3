// The scenario test/component/inkPatches.test.ts runs through two bundles of awsnav's UI, one with
// Ink as published and one with scripts/inkPatches.mjs applied: a listing at 160×45 whose names mix
// plain, wide (CJK, emoji), coloured, bold and too-long-to-fit text, walked down and up and paged,
// with the detail pane's record arriving after each rest. Rendered in Ink's debug mode, every commit
// is written as the whole styled frame (Output's result, which the patches touch), unthrottled, so
// the two bundles' frames can be compared string for string; rendered as the CLI renders, the screens
// its bytes make can.
import React from 'react';
import { render } from 'ink';
import { App } from '../../src/ui/App';
import { Text } from '../../src/ui/Safe';
import { inkOptions } from '../../src/ui/inkOptions';
import { node, type NodeType, type TreeNode } from '../../src/data/tree';
import { TtyOut, ttyIn } from '../helpers/vt';

const NAMES = ['report.json', '対象ファイル-データ.csv', 'photo-🐟-🌊.jpg', `${'long-name-'.repeat(30)}.log`, 'plain'];

function tree(count = 200): TreeNode {
  const pad = (i: number) => String(i).padStart(4, '0');
  const item: NodeType<{ i: number }> = {
    name: 'test.item',
    kind: 'item',
    describe: (n) => [{ label: 'Key', value: n.label }],
    details: async (n) => ({ fields: [{ label: 'Key', value: n.label }, { label: 'Owner', value: `owner-${pad(n.record.i)}` }], raw: {} }),
  };
  const folder: NodeType<null> = { name: 'test.folder', kind: 'collection', children: async function* () {} };
  const list: NodeType<null> = {
    name: 'test.list',
    kind: 'collection',
    columns: [
      { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label },
      { id: 'state', title: 'STATE', width: 10, cell: (n) => (n.record as { i: number } | null)?.i === undefined ? '' : ['running', 'stopped'][(n.record as { i: number }).i % 2], color: (n) => ((n.record as { i: number } | null)?.i ?? 0) % 2 ? 'red' : 'green' },
      { id: 'size', title: 'SIZE', width: 8, align: 'right', cell: (n) => `${((n.record as { i: number } | null)?.i ?? 0) * 7} B` },
    ],
    async *children() {
      yield {
        items: Array.from({ length: count }, (_, i) =>
          i % 9 === 4 ? node(folder, `f${i}`, `folder-${pad(i)}/`, null) : node(item, String(i), `${pad(i)}-${NAMES[i % NAMES.length]}`, { i })),
      };
    },
  };
  return node(list, 'list', 'objects', null);
}

const quiet = async (out: TtyOut) => {
  for (let n = -1; n !== out.writes.length; ) {
    n = out.writes.length;
    await new Promise((r) => setTimeout(r, 200));
  }
};

/**
 * Every frame Ink wrote from mount through the keys, whole and styled, in debug mode (Output's result).
 * With `debug` false, rendered as the CLI renders (only the lines that changed, and of those only what
 * follows the part they share: line-update.js, which the patches touch too), the screen those bytes
 * make once each key has settled: which frames a burst of keys gets depends on the throttle's timing,
 * what is on screen after it does not.
 */
export async function scenario(keys: string[], debug = true): Promise<string[]> {
  const stdout = new TtyOut(160, 45);
  const stdin = ttyIn();
  const app = render(<App path={[tree()]} />, {
    // The CLI's options (src/ui/inkOptions.ts); in debug mode every frame written whole to the bare stdout.
    ...inkOptions(stdin, stdout as unknown as NodeJS.WriteStream),
    ...(debug ? { stdout: stdout as unknown as NodeJS.WriteStream, debug: true } : {}),
    stderr: new TtyOut(160, 45) as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  await quiet(stdout);
  const screens = [stdout.screen.text()];
  for (const key of keys) {
    stdin.type(key);
    await quiet(stdout);
    screens.push(stdout.screen.text());
  }
  app.unmount();
  return debug ? stdout.writes : screens;
}

/**
 * The render throttle (inkPatches.mjs, ink.js): a change is drawn, then the event loop is kept busy
 * past the throttle's window (as parsing a page keeps it), then a second change comes. Whether the
 * second frame is written before the loop turns (at once), or only from a timer (a window later).
 * Then a change held for the window's end, and the app unmounted at once: Ink's unmount flushes the
 * throttle, so that change is still drawn.
 */
export async function throttleScenario(): Promise<{ first: boolean; secondAtOnce: boolean; secondLater: boolean; lastAtUnmount: boolean }> {
  const stdout = new TtyOut(40, 5);
  // A store as awsnav's are (useSyncExternalStore): React renders its change in a microtask.
  let n = 0;
  const listeners = new Set<() => void>();
  const set = (value: number) => {
    n = value;
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => (listeners.add(l), () => listeners.delete(l));
  function Count() {
    const value = React.useSyncExternalStore(subscribe, () => n);
    return <Text>{`count ${value}`}</Text>;
  }
  const app = render(<Count />, { ...inkOptions(ttyIn(), stdout as unknown as NodeJS.WriteStream), stderr: new TtyOut(40, 5) as unknown as NodeJS.WriteStream, exitOnCtrlC: false, patchConsole: false });
  await quiet(stdout);
  // A few turns of the microtask queue, no macrotask.
  const microtasks = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };
  const shows = (value: number) => stdout.screen.text().includes(`count ${value}`);
  set(1);
  await microtasks();
  const first = shows(1);
  const until = performance.now() + 40; // past 120 fps' 9 ms window, its timer not yet run
  while (performance.now() < until);
  set(2);
  await microtasks();
  const secondAtOnce = shows(2);
  await quiet(stdout);
  const secondLater = shows(2);
  set(3);
  await microtasks();
  set(4); // within the window of the frame with 3: held
  await microtasks();
  app.unmount();
  const lastAtUnmount = shows(4);
  return { first, secondAtOnce, secondLater, lastAtUnmount };
}
