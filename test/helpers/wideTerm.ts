// ink-testing-library's render at a size of our choosing: its terminal is always 100 columns, too
// narrow for the detail pane, whose border is what tells a test the table's rows are aligned.
import { EventEmitter } from 'node:events';
import type { ReactElement } from 'react';
import { render as inkRender } from 'ink';

class Stdout extends EventEmitter {
  readonly frames: string[] = [];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
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
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export function renderAt(tree: ReactElement, size: { columns: number; rows: number }) {
  const stdout = new Stdout(size.columns, size.rows);
  const stdin = new Stdin();
  const instance = inkRender(tree, {
    stdout: stdout as never,
    stderr: new Stdout(size.columns, size.rows) as never,
    stdin: stdin as never,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    stdin,
    frames: stdout.frames,
    lastFrame: () => stdout.frames.at(-1),
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
