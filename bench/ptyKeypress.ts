// Figure 4. Keypress → frame written, through a pseudo-terminal, in the render mode the CLI uses
// (bench/ptyApp.tsx): the time from the bench writing a key to the terminal until the end of the
// frame it caused (ESC[?2026l, the end of Ink's synchronised update) comes back out of it, with
// 1,000 and with 100,000 rows loaded, at 160×45. Keys go down and up by one, 50 ms apart (past Ink's
// 33 ms throttle, so each frame is drawn as its key arrives; under the detail pane's 120 ms rest,
// so no HeadObject is sent). The two loads run in turn, in blocks, so both see the same machine, and
// nothing else of the bench's runs meanwhile. Figure 4c comes after, in a second pass: a screen whose
// sort of the million keys reads in the background takes keys in turn with the first idle screen, so
// its reference is measured beside it, on a machine the sort (and the sandbox serving it) keeps busy.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';

const END = '\u001b[?2026l';

/** What one pass measured on one screen. */
interface Taken {
  samples: number[];
  bytes: number[];
  /** The app's own CPU time per key, one figure per block of keys (less bent by a busy machine than wall time). */
  cpuMs: number[];
}

export interface PtyKeypressResult {
  cols: number;
  rows: number;
  loads: (Taken & { rows: number; sorting?: boolean; stillReading?: boolean })[];
  /** The first idle screen's keys taken in turn with the sorting screen's (figure 4c's reference). */
  beside?: Taken;
}

interface Screen {
  rows: number;
  /** A sort of the whole million-key listing by size was started before the first key (issue 11). */
  sorting?: boolean;
  /** The sort had not read the whole listing when this screen's last key was measured. */
  stillReading?: boolean;
  child: ChildProcess;
  control: Socket;
  /** The CPU time the app has used so far (it answers over the control socket). */
  cpu(): Promise<number>;
  /** Whether a frame has said a scan read the whole listing (its progress line: `…: all N read`). */
  readAll(): boolean;
  /** Resolves at the next frame's end, with the bytes that came with it. */
  nextFrame(): Promise<{ at: number; bytes: number }>;
}

async function open(app: string, env: NodeJS.ProcessEnv, url: string, rows: number, cols: number, lines: number): Promise<Screen> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const connected = new Promise<Socket>((r) => server.once('connection', r));
  const argv = JSON.stringify({ url, rows, port }).replace(/'/g, "'\\''");
  const child = spawn('script', ['-qfec', `stty rows ${lines} cols ${cols}; exec ${process.execPath} ${app} '${argv}'`, '/dev/null'], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let pending: ((f: { at: number; bytes: number }) => void) | undefined;
  let bytes = 0;
  let tail = '';
  let readAll = false;
  child.stdout!.on('data', (b: Buffer) => {
    const at = performance.now();
    bytes += b.length;
    const text = tail + b.toString('latin1');
    // The progress line changes when the scan ends, so the frame that ends it carries its words.
    if (/: all [\d,]+ read/.test(text)) readAll = true;
    tail = text.slice(-64);
    if (text.includes(END) && pending) {
      const p = pending;
      pending = undefined;
      p({ at, bytes });
      bytes = 0;
    }
  });
  let err = '';
  child.stderr!.on('data', (b) => (err += b));
  try {
    const control = await Promise.race([
      connected,
      new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`ptyApp exited (${code}) ${err.slice(-2000)}`)))),
    ]);
    const lines = createInterface({ input: control });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`ptyApp with ${rows} rows never settled`)), 120_000);
      lines.once('line', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return {
      rows, child, control,
      cpu: () => new Promise((r) => {
        lines.once('line', (l) => r((JSON.parse(l) as { cpuMs: number }).cpuMs));
        control.write('cpu\n');
      }),
      readAll: () => readAll,
      nextFrame: () => new Promise((r) => {
        bytes = 0;
        pending = r;
      }),
    };
  } catch (e) {
    // A screen that never got going is not left running (script, and the app under it).
    child.kill('SIGKILL');
    throw e;
  } finally {
    server.close();
  }
}

/** One block of keys on one screen, down and up by one, 50 ms apart. */
async function block(s: Screen, keys: number, first: number, into: Taken): Promise<void> {
  const cpu0 = await s.cpu();
  for (let i = 0; i < keys; i++) {
    const frame = s.nextFrame();
    const t0 = performance.now();
    s.child.stdin!.write((first + i) % 2 === 0 ? 'j' : 'k');
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no frame within 5 s of a key')), 5000));
    const f = await Promise.race([frame, timeout]);
    into.samples.push(f.at - t0);
    into.bytes.push(f.bytes);
    await new Promise((r) => setTimeout(r, 50));
  }
  into.cpuMs.push(((await s.cpu()) - cpu0) / keys);
}

const taken = (): Taken => ({ samples: [], bytes: [], cpuMs: [] });

export async function measurePtyKeypress({ app, env, url, loads, sorting = [], presses, block: size, cols = 160, lines = 45 }: {
  app: string; env: NodeJS.ProcessEnv; url: string; loads: number[]; sorting?: number[]; presses: number; block: number; cols?: number; lines?: number;
}): Promise<PtyKeypressResult> {
  const screens: Screen[] = [];
  const results = new Map<Screen, Taken>();
  let beside: Taken | undefined;
  try {
    for (const rows of loads) screens.push(await open(app, env, url, rows, cols, lines));
    for (const s of screens) results.set(s, taken());
    // First pass: the idle screens only, nothing else running.
    for (let done = 0; done < presses; done += size) {
      for (const s of screens) await block(s, size, done, results.get(s)!);
    }
    // Second pass: s, s — by name (the listing's own order, no scan), then by size, a scan of every key
    // in the background — then its keys in turn with the first idle screen's, while the sort reads (a
    // sort of 1M keys takes about as long as half the first pass here).
    for (const rows of sorting) {
      const s = await open(app, env, url, rows, cols, lines);
      s.sorting = true;
      screens.push(s);
      const mine = taken();
      results.set(s, mine);
      beside ??= taken();
      for (const key of ['s', 's']) {
        const frame = s.nextFrame();
        s.child.stdin!.write(key);
        await frame;
        await new Promise((r) => setTimeout(r, 50));
      }
      for (let done = 0; done < presses / 2; done += size) {
        await block(s, size, done, mine);
        if (screens[0] !== s) await block(screens[0], size, done, beside);
      }
      // Read after its last key: had a frame said the sort read everything, some keys came after it.
      s.stillReading = !s.readAll();
    }
  } finally {
    for (const s of screens) {
      s.control.end('quit\n');
      await new Promise((r) => {
        const t = setTimeout(() => { s.child.kill('SIGKILL'); r(undefined); }, 3000);
        s.child.once('exit', () => { clearTimeout(t); r(undefined); });
      });
    }
  }
  return {
    cols, rows: lines, beside,
    loads: screens.map((s) => ({ rows: s.rows, sorting: s.sorting, stillReading: s.sorting ? s.stillReading : undefined, ...results.get(s)! })),
  };
}
