// A terminal for tests of what Ink writes: a fake TTY stdout that records every write(2)-to-be, and a
// screen that replays them the way a VT100-style terminal would, for the sequences Ink's incremental
// renderer uses (cursor up / next line / column, erase line / below, SGR ignored). With it a test can
// wait for what is on screen — built from the bytes, not from Ink's idea of its frame — and count the
// bytes and writes that got it there.
import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';

export class Screen {
  lines: string[][];
  x = 0;
  y = 0;

  constructor(readonly columns: number, readonly rows: number) {
    this.lines = Array.from({ length: rows }, () => []);
  }

  text(): string {
    return this.lines.map((l) => l.join('').trimEnd()).join('\n');
  }

  feed(data: string): void {
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (ch === '\u001b') {
        const csi = /^\u001b\[([?0-9;]*)([ -/]*)([@-~])/.exec(data.slice(i, i + 32));
        if (!csi) throw new Error(`unhandled escape: ${JSON.stringify(data.slice(i, i + 10))}`);
        this.csi(csi[1], csi[3]);
        i += csi[0].length - 1;
      } else if (ch === '\r') this.x = 0;
      // A terminal's line discipline (onlcr) makes a line feed a carriage return too.
      else if (ch === '\n') {
        this.x = 0;
        this.down(1);
      }
      else {
        const row = this.lines[this.y];
        while (row.length < this.x) row.push(' ');
        if (this.x < this.columns) row[this.x] = ch;
        this.x++;
      }
    }
  }

  private down(n: number): void {
    this.y += n;
    while (this.y >= this.rows) {
      this.lines.shift();
      this.lines.push([]);
      this.y--;
    }
  }

  private csi(params: string, final: string): void {
    if (params.startsWith('?')) return; // modes: synchronised output, cursor, alternate screen
    const n = Number(params.split(';')[0] || 0);
    switch (final) {
      case 'm':
        return; // colours and styles: the text is what these tests read
      case 'A':
        this.y = Math.max(0, this.y - (n || 1));
        return;
      case 'B':
        this.y = Math.min(this.rows - 1, this.y + (n || 1));
        return;
      case 'E':
        this.x = 0;
        this.y = Math.min(this.rows - 1, this.y + (n || 1));
        return;
      case 'G':
        this.x = Math.max(0, (n || 1) - 1);
        return;
      case 'H': {
        const [r, c] = params.split(';').map((p) => Number(p || 1));
        this.y = (r || 1) - 1;
        this.x = (c || 1) - 1;
        return;
      }
      case 'K':
        if (n === 2) this.lines[this.y] = [];
        else this.lines[this.y].length = Math.min(this.lines[this.y].length, this.x);
        return;
      case 'J':
        this.lines[this.y].length = Math.min(this.lines[this.y].length, this.x);
        for (let r = this.y + 1; r < this.rows; r++) this.lines[r] = [];
        return;
      default:
        throw new Error(`unhandled CSI ${params}${final}`);
    }
  }
}

/** A TTY stdout of a fixed size: Ink's interactive mode, throttle and all, as on a terminal. */
export class TtyOut extends EventEmitter {
  readonly isTTY = true;
  readonly screen: Screen;
  writes: string[] = [];

  constructor(readonly columns: number, readonly rows: number) {
    super();
    this.screen = new Screen(columns, rows);
  }

  write = (data: string | Uint8Array, ...rest: unknown[]): boolean => {
    const s = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    this.writes.push(s);
    this.screen.feed(s);
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };

  /** Bytes and writes from the `from`-th write on. */
  since(from: number): { bytes: number; writes: number } {
    const w = this.writes.slice(from);
    return { bytes: w.reduce((n, s) => n + Buffer.byteLength(s), 0), writes: w.length };
  }
}

/** A TTY stdin that keys can be typed into. */
export function ttyIn(): NodeJS.ReadStream & { type(keys: string): void } {
  const s = new PassThrough() as unknown as NodeJS.ReadStream & { type(keys: string): void };
  Object.assign(s, {
    isTTY: true,
    setRawMode: () => s,
    ref: () => s,
    unref: () => s,
    type: (keys: string) => (s as unknown as PassThrough).write(keys),
  });
  return s;
}
