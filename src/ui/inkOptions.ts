// How awsnav hands a terminal to Ink: one place, so the benchmark (bench/ptyApp.tsx) measures the
// render mode a person's terminal gets, not a look-alike.
import type { RenderOptions } from 'ink';
import { keyStream } from '../keys/keyStream';
import { oneWritePerFrame } from './frameWrites';

export function inkOptions(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): RenderOptions {
  return {
    exitOnCtrlC: true,
    patchConsole: false,
    stdin: keyStream(stdin),
    // One write(2) per frame, not three (frameWrites.ts).
    stdout: oneWritePerFrame(stdout),
    // Ink 8 enters the alternate screen and, on unmount (q, Ctrl-C, SIGTERM, a crash), leaves it with
    // the cursor shown and raw mode off: the person's shell comes back as it was.
    alternateScreen: true,
    // The caller has checked that stdout is a terminal; a CI variable in a person's shell (some dev
    // containers export one) must not make Ink draw only the last frame.
    interactive: true,
    // Only the lines that changed are rewritten (a cursor move is two lines, not a screen).
    incrementalRendering: true,
    // Ink draws the first change after a quiet spell at once and holds any that follow for the rest of
    // its throttle window (1000 / maxFps ms). At Ink's 30 fps that is 33 ms: the profile list, whose
    // page lands just after the first frame, and an opened prefix, whose page lands a round trip
    // after its screen, each waited out the window before they were drawn. At 120 the wait is ≤ 9 ms,
    // and a burst (a scan's progress, a held key) still draws at most 120 frames a second.
    maxFps: 120,
  };
}
