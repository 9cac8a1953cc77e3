// Figure 7. What reaches the terminal, in a real one: the built CLI (--sandbox) in tmux at 160×45 in
// `dev › s3 › dev-logs › raw/` with the detail pane open. For each key: the bytes the terminal received
// (tmux pipe-pane), the write(2) calls to stdout (strace, when installed), and — alongside — the bytes
// of the screen lines that really changed between the frame before and the one after, as tmux draws
// them (capture-pane -e), the least a redraw of whole lines could send. A key counts until its frames
// are all out: the move, then the selected object's details (HeadObject), then 300 ms of quiet.
// Then a waiter's progress tick (one line changes a second), and idle: 10 s with nothing changing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { changedLines, cpuMs, hasStrace, Pane } from './tmux';
import { withBenchNode } from './cliStart';

export interface KeyCost {
  bytes: number;
  writes?: number;
  changedBytes: number;
  changedLines: number;
}

export interface TerminalResult {
  cols: number;
  rows: number;
  moves: KeyCost[];
  pageDowns: KeyCost[];
  /** All the screen's lines as tmux draws them: what a full redraw sends at least. */
  screenBytes: number;
  tick: { frames: number; bytes: number; writes?: number; seconds: number };
  idle: { bytes: number; cpuMs: number; seconds: number };
  strace: boolean;
}

const position = (s: string) => /([\d,]+)\/([\d,]+)\s*$/m.exec(s)?.[1];
const settled = (s: string) => !s.includes('loading details…') && !s.includes('loading…');

async function open(pane: Pane, label: string): Promise<void> {
  const lines = (await pane.until((s) => /^▸/m.test(s), 'a cursor')).split('\n');
  const cursor = lines.findIndex((l) => l.startsWith('▸'));
  // The gutter (cursor, marks) is a few cells wide; the row's text follows it.
  const target = lines.findIndex((l) => l.replace(/^[^A-Za-z0-9]*?\s+/, '').startsWith(`${label} `));
  if (target < 0) throw new Error(`no row ${label} on screen:\n${lines.join('\n')}`);
  for (let i = cursor; i < target; i++) pane.keys('j');
  for (let i = cursor; i > target; i--) pane.keys('k');
  pane.keys('Enter');
  await pane.until((s) => s.split('\n')[1]?.includes(label) ?? false, `the breadcrumbs to show ${label}`);
}

async function costOf(pane: Pane, press: () => void, done: (s: string) => boolean, what: string): Promise<KeyCost> {
  const before = pane.screen(true);
  const b0 = pane.bytes();
  const w0 = pane.writes();
  press();
  await pane.until(done, what);
  await pane.quiet(300);
  const after = pane.screen(true);
  const w1 = pane.writes();
  const changed = changedLines(before, after);
  return {
    bytes: pane.bytes() - b0,
    writes: w0 === undefined || w1 === undefined ? undefined : w1 - w0,
    changedBytes: changed.bytes,
    changedLines: changed.lines,
  };
}

export async function measureTerminal({ cli, cols = 160, rows = 45, moves = 20, pageDowns = 5 }: { cli: string; cols?: number; rows?: number; moves?: number; pageDowns?: number }): Promise<TerminalResult> {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-bench-term-'));
  const env = {
    PATH: withBenchNode(process.env).PATH, // the CLI runs by its shebang (cliStart.ts)
    HOME: dir,
    XDG_CACHE_HOME: join(dir, 'cache'),
    TERM: 'xterm-256color',
    AWSNAV_LOG_FILE: join(dir, 'awsnav.log'),
  };
  const pane = new Pane(dir, `${cli} --sandbox --profile dev`, { cols, rows, env, strace: true });
  try {
    await pane.until((s) => /^▸\s+s3\b/m.test(s), 'the services of dev');
    await open(pane, 's3');
    await open(pane, 'dev-logs');
    await open(pane, 'raw/');
    await pane.until((s) => s.includes('1,000 loaded') && s.includes('Content type') && settled(s), 'raw/ with its first object\'s details');
    await pane.quiet(500);
    const out: TerminalResult = {
      cols, rows, moves: [], pageDowns: [], screenBytes: 0, strace: hasStrace,
      tick: { frames: 0, bytes: 0, seconds: 0 }, idle: { bytes: 0, cpuMs: 0, seconds: 0 },
    };

    for (let i = 0; i < moves; i++) {
      const want = String(i + 2);
      out.moves.push(await costOf(pane, () => pane.keys('j'), (s) => position(s) === want && s.includes('Content type') && settled(s), `the cursor at ${want} with its details`));
    }
    for (let i = 0; i < pageDowns; i++) {
      const from = position(pane.screen());
      out.pageDowns.push(await costOf(pane, () => pane.keys('PageDown'), (s) => position(s) !== from && s.includes('Content type') && settled(s), 'a page down with its details'));
    }
    out.screenBytes = changedLines('', pane.screen(true)).bytes;

    // Idle: nothing changes on screen, so nothing should be written, and the process should sleep.
    const pid = pane.pid();
    if (pid === undefined) throw new Error('could not find the awsnav process');
    const idleSeconds = 10;
    const b0 = pane.bytes();
    const c0 = cpuMs(pid);
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    out.idle = { bytes: pane.bytes() - b0, cpuMs: cpuMs(pid) - c0, seconds: idleSeconds };

    // A waiter for a key that never arrives: its line counts down once a second.
    pane.keys('w');
    await pane.until((s) => s.includes('Wait until this key exists'), 'the waiter\'s key prompt');
    pane.text('never-arrives.json');
    pane.keys('Enter');
    // Delay and MaxAttempts: asked one after the other, or (issue 17) shown in a confirmation as the
    // action's settings ("Delay 5 s · MaxAttempts 20", y to start). Either way the defaults are taken.
    const answers: [string, string][] = [['Seconds between polls', 'Enter'], ['Polls before giving up', 'Enter'], ['y yes', 'y']];
    for (let step = 0; step < 4; step++) {
      const s = await pane.until((x) => x.includes('next poll in') || answers.some(([p]) => x.includes(p)), 'a waiter prompt or the waiter running');
      const answer = answers.find(([p]) => s.includes(p));
      if (s.includes('next poll in') || !answer) break;
      pane.keys(answer[1]);
      await pane.until((x) => !x.includes(answer[0]), `"${answer[0]}" answered`);
    }
    await pane.until((s) => s.includes('next poll in'), 'the waiter running');
    await new Promise((r) => setTimeout(r, 1500));
    const t0 = pane.bytes();
    const tw0 = pane.writes();
    const tickSeconds = 8;
    await new Promise((r) => setTimeout(r, tickSeconds * 1000));
    const tickOut = pane.output(t0);
    const tw1 = pane.writes();
    out.tick = {
      // Each frame Ink writes ends its synchronised update (ESC [ ? 2026 l).
      frames: tickOut.toString('latin1').split('\u001b[?2026l').length - 1,
      bytes: tickOut.length,
      writes: tw0 === undefined || tw1 === undefined ? undefined : tw1 - tw0,
      seconds: tickSeconds,
    };
    pane.keys('q');
    return out;
  } finally {
    pane.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}
