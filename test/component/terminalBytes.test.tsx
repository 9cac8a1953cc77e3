// What a keypress costs on the wire, exactly: the app rendered the way the CLI renders it
// (src/ui/inkOptions.ts: interactive, incremental, one write per frame) into a 160×45 TTY whose
// screen is rebuilt from the bytes (test/helpers/vt.ts). Byte counts are deterministic here — the
// same frames give the same bytes — so they are asserted; how long a frame takes is the bench's.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, type Instance } from 'ink';
import { App } from '../../src/ui/App';
import { inkOptions } from '../../src/ui/inkOptions';
import { compactMoves } from '../../src/ui/frameWrites';
import { JobRegistry } from '../../src/data/jobs';
import { node, type NodeType, type TreeNode } from '../../src/data/tree';
import { waitFor } from '../helpers/ink';
import { TtyOut, ttyIn } from '../helpers/vt';

const COLS = 160;
const ROWS = 45;

// A listing whose items have a listing-time description and a record fetched on rest (as an S3
// object's HeadObject), which arrives at once.
function tree(count = 300): TreeNode {
  const pad = (i: number) => String(i).padStart(5, '0');
  const item: NodeType<{ i: number }> = {
    name: 'test.item',
    kind: 'item',
    describe: (n) => [
      { label: 'Key', value: `key-${pad(n.record.i)}` },
      { label: 'Size', value: `${n.record.i * 7} B` },
    ],
    details: async (n) => ({
      fields: [
        { label: 'Key', value: `key-${pad(n.record.i)}` },
        // A label no longer than the listing's: the pane's label column keeps its width.
        { label: 'Tag', value: `owner-${pad(n.record.i)}` },
        { label: 'Size', value: `${n.record.i * 7} B` },
      ],
      raw: {},
    }),
  };
  const list: NodeType<null> = {
    name: 'test.list',
    kind: 'collection',
    columns: [
      { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label },
      { id: 'size', title: 'SIZE', width: 8, align: 'right', cell: (n) => `${(n.record as { i: number }).i * 7} B` },
    ],
    async *children() {
      yield { items: Array.from({ length: count }, (_, i) => node(item, String(i), `object-${pad(i)}.json`, { i })) };
    },
  };
  return node(list, 'list', 'objects', null);
}

let app: Instance | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

function mount(jobs?: JobRegistry) {
  const stdout = new TtyOut(COLS, ROWS);
  const stdin = ttyIn();
  app = render(<App path={[tree()]} jobs={jobs} />, {
    ...inkOptions(stdin, stdout as unknown as NodeJS.WriteStream),
    stderr: new TtyOut(COLS, ROWS) as unknown as NodeJS.WriteStream,
  });
  const screen = () => stdout.screen.text();
  const see = (re: RegExp, what: string) => waitFor(() => re.test(screen()), what, 5000, screen);
  return { stdout, stdin, screen, see };
}

test('a cursor move with the detail pane open: two frames (the move, the record), one write each, ~1 KB', async () => {
  const { stdout, stdin, screen, see } = mount();
  await see(/owner-00000/, 'the first object with its record');
  const costs = [];
  for (let i = 1; i <= 5; i++) {
    const from = stdout.writes.length;
    stdin.type('j');
    const at = String(i).padStart(5, '0');
    await see(new RegExp(`${i + 1}/300\\s*$`, 'm'), `the cursor on row ${i + 1}`);
    await see(new RegExp(`Tag\\s+owner-${at}`), `the record of object ${at}`);
    costs.push(stdout.since(from));
    // The screen rebuilt from the bytes is the frame: the cursor on the row, its record beside it.
    assert.match(screen(), new RegExp(`▸\\s+object-${at}\\.json`));
  }
  for (const c of costs) {
    assert.ok(c.writes <= 2, `at most two writes per move (the move, the record), saw ${c.writes}`);
    assert.ok(c.bytes < 1500, `a move rewrites its two rows and the pane's changed lines, not the screen: ${c.bytes} bytes`);
  }
  // A full redraw of this screen is several times that: the figure is the incremental path's.
  assert.ok(Buffer.byteLength(screen()) > 4 * Math.max(...costs.map((c) => c.bytes)));
});

test('the record arrives on the lines the listing\'s fields were on: only the new line is written', async () => {
  const { stdout, stdin, see } = mount();
  await see(/owner-00000/, 'the first object with its record');
  const from = stdout.writes.length;
  stdin.type('j');
  await see(/Tag\s+owner-00001/, 'the record of object 1');
  const [move, record] = stdout.writes.slice(from);
  assert.ok(move.includes('2/300'), 'the first write is the move');
  // The record's write changes the Tag line (and the line it replaced: "loading details…"), not
  // the Key and Size lines above, which the move already wrote.
  assert.ok(record && !record.includes('key-00001'), `the record's write leaves the Key line alone:\n${JSON.stringify(record)}`);
});

test('a job\'s countdown tick writes its one line, in one write, under 300 bytes', async () => {
  const jobs = new JobRegistry();
  const { stdout, see } = mount(jobs);
  await see(/owner-00000/, 'the first object with its record');
  jobs.start('waiting for something', 'waiter', 'attempts', (job) => {
    job.update({ total: 20, done: 1, nextAt: Date.now() + 60_000, detail: 'not there yet' });
    return new Promise((resolve) => job.signal.addEventListener('abort', () => resolve()));
  });
  await see(/next poll in 59s/, 'the countdown');
  const from = stdout.writes.length;
  await see(/next poll in 58s/, 'the next tick');
  const tick = stdout.since(from);
  assert.equal(tick.writes, 1);
  assert.ok(tick.bytes < 300, `a tick rewrites the countdown, not the screen: ${tick.bytes} bytes`);
  jobs.cancel(jobs.jobs[0].id);
});

test('runs of next-line moves are one move with a count', () => {
  assert.equal(compactMoves('\u001b[5A\u001b[E\u001b[E\u001b[Ex\u001b[E'), '\u001b[5A\u001b[3Ex\u001b[E');
});
