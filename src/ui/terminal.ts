// The ways the UI ends without saying so: SIGTERM, SIGHUP, a crash. Each unmounts Ink, which leaves
// the alternate screen with the cursor shown and raw mode off (Ink 8's alternateScreen), so the person
// gets their shell back as it was. A crash writes its details to the log file and says where it is.
import { log } from '../data/log';
import { sanitize } from '../data/sanitize';

/** The terminal went away (its window closed, tmux killed): writing to it fails with these. */
export function isTerminalGone(err: unknown): boolean {
  return /^(EIO|EPIPE|ENXIO|EBADF)$/.test(String((err as { code?: string })?.code ?? ''));
}

/**
 * Installs the handlers for the ways a process ends without the UI saying so. Each runs once: a
 * crash while crashing (say, writing to a terminal that is gone) must end the process, not loop.
 */
export function guardExits(opts: { stop(): void; crash(err: unknown): void; gone(): void }): void {
  let ending = false;
  const once = (f: (err?: unknown) => void) => (err?: unknown) => {
    if (ending) return process.exit(isTerminalGone(err) ? 129 : 70);
    ending = true;
    f(err);
  };
  process.once('SIGTERM', once(opts.stop));
  // SIGHUP: the terminal is gone; nothing can be drawn or restored there.
  process.once('SIGHUP', once(opts.gone));
  const crash = once((err) => (isTerminalGone(err) ? opts.gone() : opts.crash(err)));
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

/** Writes the crash to the log (message and stack: no request data, no credentials) and returns the line to show. */
export function reportCrash(err: unknown, logPath: string): string {
  const e = err instanceof Error ? err : new Error(String(err));
  log(logPath, `crash: ${e.stack ?? e.message}`);
  // Written to the terminal: the message may quote a server, the path comes from the environment.
  return `awsnav stopped after an unexpected error: ${sanitize(e.message.split('\n')[0])}\nDetails were written to ${sanitize(logPath)}\n`;
}
