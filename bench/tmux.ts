// A real terminal for the bench: the built CLI in a tmux pane of a chosen size, with everything it
// writes copied to a file (pipe-pane: the exact bytes the terminal received) and, when strace is
// installed, every write(2) to its stdout logged, so a figure can count writes as well as bytes.
// Waits for screen predicates, never a fixed sleep.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const hasStrace = spawnSync('strace', ['-V']).status === 0;

let counter = 0;

export class Pane {
  readonly name = `awsnav-bench-${process.pid}-${++counter}`;
  readonly bytesFile: string;
  readonly writesFile?: string;

  constructor(dir: string, command: string, opts: { cols: number; rows: number; env: NodeJS.ProcessEnv; strace?: boolean }) {
    this.bytesFile = join(dir, `${this.name}.out`);
    const env = Object.entries(opts.env)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
      .join(' ');
    let run = command;
    if (opts.strace && hasStrace) {
      this.writesFile = join(dir, `${this.name}.strace`);
      run = `strace -f -qq --seccomp-bpf -e trace=write,writev,openat,dup2,dup3 -e signal=none -o ${this.writesFile} ${command}`;
    }
    execFileSync('tmux', ['new-session', '-d', '-s', this.name, '-x', String(opts.cols), '-y', String(opts.rows), `env ${env} ${run}; sleep 30`]);
    execFileSync('tmux', ['pipe-pane', '-o', '-t', this.name, `cat >> ${this.bytesFile}`]);
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  text(s: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', s]);
  }

  /** The screen as text, or with its colours (`styled`: tmux's own SGR for each line). */
  screen(styled = false): string {
    return execFileSync('tmux', ['capture-pane', '-p', ...(styled ? ['-e'] : []), '-t', this.name], { encoding: 'utf8' });
  }

  /** Bytes the program has written to the terminal so far. */
  bytes(): number {
    try {
      return statSync(this.bytesFile).size;
    } catch {
      return 0;
    }
  }

  output(from = 0): Buffer {
    try {
      return readFileSync(this.bytesFile).subarray(from);
    } catch {
      return Buffer.alloc(0);
    }
  }

  /** write(2)/writev(2) calls to fd 1 so far (undefined without strace). */
  writes(): number | undefined {
    if (!this.writesFile) return undefined;
    try {
      // libuv reopens a terminal (/dev/pts/N) as a new descriptor and writes there, not to fd 1.
      const ttys = new Set(['1']);
      let n = 0;
      for (const l of readFileSync(this.writesFile, 'utf8').split('\n')) {
        const opened = /openat\([^"]*"\/dev\/(?:pts\/\d+|tty)".*\)\s+=\s+(\d+)/.exec(l);
        if (opened) ttys.add(opened[1]);
        const w = /^\d+\s+writev?\((\d+),/.exec(l);
        if (w && ttys.has(w[1])) n++;
      }
      return n;
    } catch {
      return 0;
    }
  }

  /** The pid of the program in the pane (the traced one when under strace). */
  pid(pattern = 'cli\\.js'): number | undefined {
    const pane = execFileSync('tmux', ['display', '-p', '-t', this.name, '#{pane_pid}'], { encoding: 'utf8' }).trim();
    const r = spawnSync('pgrep', ['-f', pattern], { encoding: 'utf8' });
    const mine = r.stdout.trim().split('\n').map(Number).filter(Boolean);
    // The newest process under this pane: walk up each candidate's parents to the pane's shell.
    for (const pid of mine.reverse()) {
      let p = pid;
      for (let i = 0; i < 5 && p > 1; i++) {
        p = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
        if (String(p) === pane) return pid;
      }
    }
    return undefined;
  }

  async until(check: (screen: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const s = this.screen();
      if (check(s)) return s;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n--- screen ---\n${s}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits until nothing has been written for `quietMs` (the frames a key caused are all out). */
  async quiet(quietMs = 300, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    let size = this.bytes();
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      if (Date.now() > end) throw new Error('the terminal never went quiet');
      await new Promise((r) => setTimeout(r, 20));
      const now = this.bytes();
      if (now !== size) {
        size = now;
        since = Date.now();
      }
    }
  }

  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}

/** CPU time (user + system) a process has used, in ms, from /proc. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat; after "pid (comm) " they are at 11 and 12.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The lines that differ between two screens, and their bytes as tmux draws them (with colours). */
export function changedLines(before: string, after: string): { lines: number; bytes: number } {
  const a = before.split('\n');
  const b = after.split('\n');
  let lines = 0;
  let bytes = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    lines++;
    bytes += Buffer.byteLength(b[i] ?? '') + 1;
  }
  return { lines, bytes };
}
