// What Ink writes for one frame reaches the terminal in one write(2). Ink 8 writes a frame as three
// calls — begin synchronised update (ESC[?2026h), the changed lines, end (ESC[?2026l) — and on a
// terminal each is a syscall of its own, over SSH often a packet of its own. Held from the begin to
// the end, they go out as one string. Anything outside a frame (leaving the alternate screen, the
// cursor shown on exit) passes straight through, so nothing is ever held back at exit or at a crash.
//
// In the same pass, a run of "next line" moves (ESC[E, which Ink writes once per unchanged line to
// walk down to the next changed one) becomes one move with a count (ESC[nE, CNL): on a 45-line screen
// that is ~130 of the ~250 bytes a one-line change costs.
const BEGIN = '\u001b[?2026h';
const END = '\u001b[?2026l';
const NEXT_LINES = /(?:\u001b\[E){2,}/g;

export function compactMoves(frame: string): string {
  return frame.replace(NEXT_LINES, (run) => `\u001b[${run.length / 3}E`);
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

export function oneWritePerFrame<S extends NodeJS.WritableStream>(stream: S): S {
  const write = (stream.write as Write).bind(stream);
  let held: string[] | undefined;
  const flush = () => {
    if (!held) return;
    const frame = compactMoves(held.join(''));
    held = undefined;
    write(frame);
  };
  const frameWrite: Write = (chunk, encoding, callback) => {
    if (typeof chunk !== 'string' || typeof encoding === 'function' || callback !== undefined) {
      flush();
      return write(chunk, encoding, callback);
    }
    if (held) {
      held.push(chunk);
      if (chunk === END) flush();
      return true;
    }
    if (chunk === BEGIN) {
      held = [chunk];
      // Ink writes a frame in one synchronous pass; should it ever not end one, it still goes out.
      queueMicrotask(flush);
      return true;
    }
    return write(compactMoves(chunk));
  };
  return new Proxy(stream, {
    get(target, prop) {
      if (prop === 'write') return frameWrite;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
