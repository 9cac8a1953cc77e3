// Figure 4. Keypress → frame written, through a pseudo-terminal, in the render mode the CLI uses
// (bench/ptyApp.tsx): the time from the bench writing a key to the terminal until the end of the
// frame it caused (ESC[?2026l, the end of Ink's synchronised update) comes back out of it, with
// 1,000 and with 100,000 rows loaded, at 160×45. Keys go down and up by one, 50 ms apart (past Ink's
// 33 ms throttle, so each frame is drawn as its key arrives; under the detail pane's 120 ms rest,
// so no HeadObject is sent). The two loads run in turn, in blocks, so both see the same machine.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';

const END = '\u001b[?2026l';

export interface PtyKeypressResult {
  cols: number;
  rows: number;
  loads: { rows: number; sorting?: boolean; stillReading?: boolean; samples: number[]; bytes: number[]; cpuMs: number[] }[];
}

interface Screen {
  rows: number;
  /** A sort of the whole million-key listing by size was started before the first key (issue 11). */
  sorting?: boolean;
  stillReading?: boolean;
  child: ChildProcess;
  control: Socket;
  samples: number[];
  bytes: number[];
  /** The app's own CPU time per key, one figure per block of keys (less bent by a busy machine than wall time). */
  cpuMs: number[];
  /** The CPU time the app has used so far (it answers over the control socket). */
  cpu(): Promise<number>;
  /** The last few KiB the terminal got: does the status line still say the sort is reading? */
  recent(): string;
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
  let recent = '';
  child.stdout!.on('data', (b: Buffer) => {
    const at = performance.now();
    bytes += b.length;
    recent = (recent + b.toString('utf8')).slice(-8192);
    const text = tail + b.toString('latin1');
    tail = text.slice(-END.length);
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
      rows, child, control, samples: [], bytes: [], cpuMs: [],
      cpu: () => new Promise((r) => {
        lines.once('line', (l) => r((JSON.parse(l) as { cpuMs: number }).cpuMs));
        control.write('cpu\n');
      }),
      recent: () => recent,
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

export async function measurePtyKeypress({ app, env, url, loads, sorting = [], presses, block, cols = 160, lines = 45 }: {
  app: string; env: NodeJS.ProcessEnv; url: string; loads: number[]; sorting?: number[]; presses: number; block: number; cols?: number; lines?: number;
}): Promise<PtyKeypressResult> {
  const screens: Screen[] = [];
  try {
    for (const rows of loads) screens.push(await open(app, env, url, rows, cols, lines));
    // s, s: by name (the listing's own order, no scan), then by size — a scan of every key, in the
    // background, while this screen's keys are measured.
    for (const rows of sorting) {
      const s = await open(app, env, url, rows, cols, lines);
      s.sorting = true;
      for (const key of ['s', 's']) {
        const frame = s.nextFrame();
        s.child.stdin!.write(key);
        await frame;
        await new Promise((r) => setTimeout(r, 50));
      }
      screens.push(s);
    }
    for (let done = 0; done < presses; done += block) {
      for (const s of screens) {
        // A sorting screen takes its keys in the first half of the run, while its sort still reads (a
        // sort of 1M keys takes about as long as the whole run here), and says after its last whether it was.
        if (s.sorting && done >= presses / 2) continue;
        const cpu0 = await s.cpu();
        for (let i = 0; i < block; i++) {
          const frame = s.nextFrame();
          const t0 = performance.now();
          s.child.stdin!.write((done + i) % 2 === 0 ? 'j' : 'k');
          const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no frame within 5 s of a key')), 5000));
          const f = await Promise.race([frame, timeout]);
          s.samples.push(f.at - t0);
          s.bytes.push(f.bytes);
          await new Promise((r) => setTimeout(r, 50));
        }
        s.cpuMs.push(((await s.cpu()) - cpu0) / block);
        if (s.sorting && done + block >= presses / 2) s.stillReading = /reading/.test(s.recent());
      }
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
  // Read before the screens close: the last frames of a sort still running say `reading…`.
  return { cols, rows: lines, loads: screens.map((s) => ({ rows: s.rows, sorting: s.sorting, stillReading: s.sorting ? s.stillReading : undefined, samples: s.samples, bytes: s.bytes, cpuMs: s.cpuMs })) };
}
