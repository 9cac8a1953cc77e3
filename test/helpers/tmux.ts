// Drives the built CLI in a real terminal: tmux new-session / send-keys / capture-pane. Waits for
// screen predicates, never a fixed sleep.
import { execFileSync, spawnSync } from 'node:child_process';
import { waitFor } from './ink';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let counter = 0;

export class TmuxSession {
  readonly name = `awsnav-test-${process.pid}-${++counter}`;

  constructor(command: string, opts: { cols?: number; rows?: number; env?: Record<string, string> } = {}) {
    // The pane's shell finds `node` on the tmux server's PATH, which may be the machine's own older
    // Node rather than the project's: a command written `node …` runs on the Node running the tests.
    if (command.startsWith('node ')) command = `${JSON.stringify(process.execPath)} ${command.slice(5)}`;
    const env = Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
    execFileSync('tmux', [
      'new-session', '-d', '-s', this.name, '-x', String(opts.cols ?? 120), '-y', String(opts.rows ?? 40),
      `${env} ${command}; echo "[exited $?]"; sleep 30`,
    ]);
  }

  /** tmux key names ('Enter', 'PageDown', 'C-c') or literal text with `literal`. */
  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  text(s: string): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, '-l', s]);
  }

  screen(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  async see(what: string | RegExp, timeoutMs = 15_000): Promise<string> {
    const ok = () => (typeof what === 'string' ? this.screen().includes(what) : what.test(this.screen()));
    await waitFor(ok, `the screen to show ${String(what)}`, timeoutMs, () => this.screen());
    return this.screen();
  }

  /** tmux's view of the terminal: is the alternate screen on, is the cursor shown. */
  state(): { alternate: boolean; cursor: boolean } {
    const out = execFileSync('tmux', ['display', '-p', '-t', this.name, '#{alternate_on} #{cursor_flag}'], { encoding: 'utf8' }).trim();
    const [alt, cur] = out.split(' ');
    return { alternate: alt === '1', cursor: cur === '1' };
  }

  /**
   * The pid of the program running in the pane (the shell's child), found by its command line: Node 24
   * names its main thread "MainThread", so the process name is no longer `node`.
   */
  childPid(pattern = 'cli\\.js'): number | undefined {
    const pane = execFileSync('tmux', ['display', '-p', '-t', this.name, '#{pane_pid}'], { encoding: 'utf8' }).trim();
    const r = spawnSync('pgrep', ['-P', pane, '-f', pattern], { encoding: 'utf8' });
    const pid = Number(r.stdout.trim().split('\n')[0]);
    return pid || undefined;
  }

  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}
