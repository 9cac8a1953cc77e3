// Drives the built CLI in a real terminal: tmux new-session / send-keys / capture-pane. Waits for
// screen predicates, never a fixed sleep.
import { execFileSync, spawnSync } from 'node:child_process';
import { waitFor } from './ink';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

let counter = 0;

export class TmuxSession {
  readonly name = `awsnav-test-${process.pid}-${++counter}`;

  constructor(command: string, opts: { cols?: number; rows?: number; env?: Record<string, string> } = {}) {
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

  kill(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}
