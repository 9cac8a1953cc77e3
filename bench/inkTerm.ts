// Renders the app in-process with a terminal size of our choosing and a hook on stdout.write, so a
// frame is timed the moment Ink writes it rather than when a poll happens to notice it. Two modes:
// 'debug', as ink-testing-library does (every frame written whole, no render throttle), and 'cli',
// the CLI's own (src/ui/inkOptions.ts: incremental lines, Ink's throttle, one write per frame), whose
// screen is rebuilt from the bytes (test/helpers/vt.ts) so a check reads the whole screen.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { ReactElement } from 'react';
import { render } from 'ink';
import { inkOptions } from '../src/ui/inkOptions';
import { TtyOut, ttyIn } from '../test/helpers/vt';

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

class Stdout extends EventEmitter {
  isTTY = true;
  frame = '';
  constructor(
    readonly columns: number,
    readonly rows: number,
    private readonly onWrite: (frame: string, at: number) => void,
  ) {
    super();
  }
  write = (data: string) => {
    const at = performance.now();
    this.frame = data.replace(ANSI, '');
    this.onWrite(this.frame, at);
    return true;
  };
}

class Stdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

interface Waiter {
  check(frame: string): boolean;
  resolve(at: number): void;
}

export interface Term {
  frame(): string;
  /** Resolves with the time Ink wrote the first frame, from now on, that passes `check`. */
  nextFrame(check: (frame: string) => boolean, what: string, timeoutMs?: number): Promise<number>;
  /** Like nextFrame, but also passes at once if the current frame does. */
  see(check: (frame: string) => boolean, what: string, timeoutMs?: number): Promise<void>;
  write(bytes: string): void;
  unmount(): void;
}

export function mount(element: ReactElement, columns = 140, rows = 40, mode: 'debug' | 'cli' = 'debug'): Term {
  const waiters = new Set<Waiter>();
  const onWrite = (frame: string, at: number) => {
    for (const w of waiters) {
      if (w.check(frame)) {
        waiters.delete(w);
        w.resolve(at);
      }
    }
  };
  let current: () => string;
  let type: (bytes: string) => void;
  let instance: ReturnType<typeof render>;
  if (mode === 'cli') {
    const tty = new TtyOut(columns, rows);
    const write = tty.write;
    tty.write = (data, ...rest) => {
      const at = performance.now(); // the frame's write, before the fake screen parses it
      const ok = write(data, ...rest);
      onWrite(tty.screen.text(), at);
      return ok;
    };
    const stdin = ttyIn();
    instance = render(element, { ...inkOptions(stdin, tty as unknown as NodeJS.WriteStream), stderr: new TtyOut(columns, rows) as unknown as NodeJS.WriteStream });
    current = () => tty.screen.text();
    type = (bytes) => stdin.type(bytes);
  } else {
    const stdout = new Stdout(columns, rows, onWrite);
    const stdin = new Stdin();
    instance = render(element, {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new Stdout(columns, rows, () => {}) as unknown as NodeJS.WriteStream,
      stdin: stdin as unknown as NodeJS.ReadStream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    current = () => stdout.frame;
    type = (bytes) => stdin.write(bytes);
  }
  const nextFrame = (check: (f: string) => boolean, what: string, timeoutMs = 30_000) =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`timed out waiting for ${what}\n--- last frame ---\n${current()}`));
      }, timeoutMs);
      const w: Waiter = {
        check,
        resolve: (at) => {
          clearTimeout(timer);
          resolve(at);
        },
      };
      waiters.add(w);
    });
  return {
    frame: () => current(),
    nextFrame,
    see: async (check, what, timeoutMs) => {
      if (!check(current())) await nextFrame(check, what, timeoutMs);
    },
    write: (bytes) => type(bytes),
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
