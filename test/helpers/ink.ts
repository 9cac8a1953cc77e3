// Helpers for component tests: wait for a frame predicate (never a fixed sleep) and press commands
// through the keymap, so tests follow the keys the app actually binds.
import { CURSOR } from '../../src/ui/Table';

// ink-testing-library's stdout has 100 columns and no rows. Ink 8's useWindowSize then asks the
// terminal-size package, which reads COLUMNS/LINES before it looks for the developer's own terminal
// (/dev/tty, tput): set them, so every component test sees the same 100×30 screen on any machine.
process.env.COLUMNS = '100';
process.env.LINES = '30';
import { commandKeys, type CommandId, type Scope } from '../../src/keys/keymap';

export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000, frame?: () => string | undefined): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}${frame ? `\n--- last frame ---\n${frame()}` : ''}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export interface Term {
  lastFrame(): string | undefined;
  stdin: { write(data: string): void };
}

export function driver(term: Term) {
  const frame = () => term.lastFrame() ?? '';
  return {
    frame,
    /** Waits until the frame contains the text (or matches the regexp). */
    async see(text: string | RegExp, timeoutMs = 5000) {
      const ok = () => (typeof text === 'string' ? frame().includes(text) : text.test(frame()));
      await waitFor(ok, `a frame showing ${String(text)}`, timeoutMs, frame);
    },
    async until(check: (f: string) => boolean, what: string, timeoutMs = 5000) {
      await waitFor(() => check(frame()), what, timeoutMs, frame);
    },
    press(command: CommandId, scope?: Scope, times = 1) {
      for (let i = 0; i < times; i++) term.stdin.write(commandKeys(command, scope));
    },
    type(text: string) {
      for (const ch of text) term.stdin.write(ch);
    },
    /** The line the cursor is on (marked in the gutter, visible without colour). */
    selectedLine(): string | undefined {
      return frame().split('\n').find((l) => l.trimStart().startsWith(CURSOR.trim()));
    },
    /** Moves the cursor down, one frame at a time, until its line matches `row` (fails after `most` moves). */
    async selectRow(row: RegExp, most = 50) {
      for (let i = 0; !row.test(this.selectedLine() ?? ''); i++) {
        if (i === most) throw new Error(`no row matching ${row} within ${most} moves:\n${frame()}`);
        const was = this.selectedLine();
        this.press('cursor.down');
        await waitFor(() => this.selectedLine() !== was, 'the cursor to move', 5000, frame);
      }
    },
  };
}
