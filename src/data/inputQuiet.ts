// Background reading gives way to the person. awsnav has one thread: a whole-collection scan's page
// (the SDK parses 1,000 keys of XML in one go, 8–15 ms) or its sorted snapshot's merge holds up any
// key that arrives meanwhile, so a sort of a million keys made every cursor move wait (bench figure
// 4c: 2.02× an idle screen). A scan asks here before each next page and waits while keys are coming:
// the key at hand meets at most the page already in flight, and reading goes on QUIET_MS after the
// last key — at once for someone who stops to read, not at all while a key is held down. The terminal
// input (src/keys/keyStream.ts) says when a key came; nothing here knows about React or Ink.
export const QUIET_MS = 150;

let lastInput = -Infinity;

/** A key (or a paste) came from the terminal now. */
export function noteInput(now = performance.now()): void {
  lastInput = now;
}

/** Resolves once no key has come for QUIET_MS (at once if none came lately), or when `signal` aborts. */
export async function inputQuiet(signal: AbortSignal): Promise<void> {
  for (;;) {
    const wait = lastInput + QUIET_MS - performance.now();
    if (wait <= 0 || signal.aborted) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, wait);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
