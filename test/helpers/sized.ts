// A render at a chosen terminal size: ink-testing-library's stdout is always 100 columns wide and has
// no rows. Same shape as its render (lastFrame, stdin.write), so driver() works on it.
import { EventEmitter } from 'node:events';
import type { ReactElement } from 'react';
import { render as inkRender, type Instance } from 'ink';

class Stdout extends EventEmitter {
  frames: string[] = [];
  private last: string | undefined;
  isTTY = true;
  constructor(readonly columns: number, readonly rows: number) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    this.last = frame;
    return true;
  };
  lastFrame = () => this.last;
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

const instances: Instance[] = [];

export function renderSized(tree: ReactElement, columns: number, rows: number) {
  const stdout = new Stdout(columns, rows);
  const stdin = new Stdin();
  const stderr = new Stdout(columns, rows);
  const instance = inkRender(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  instances.push(instance);
  return { stdin, stdout, lastFrame: stdout.lastFrame, unmount: instance.unmount };
}

export function cleanupSized(): void {
  for (const i of instances.splice(0)) {
    i.unmount();
    i.cleanup();
  }
}
