// Anything written to stderr while the UI is up corrupts the screen, so console output and process
// warnings go to a log file instead. Secrets never reach it: callers log explained errors, not
// requests or credentials.
import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { sanitizeLines } from './sanitize';

export function logFilePath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return env.AWSNAV_LOG_FILE || join(base, 'awsnav', 'awsnav.log');
}

// The folders already made, so a long session does not stat its log folder on every line.
const made = new Set<string>();

export function log(path: string, ...args: unknown[]): void {
  try {
    const dir = join(path, '..');
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    // A stack, a console line or an error message can carry a server's escape sequences; someone will
    // `cat` or `tail -f` this file in a terminal.
    appendFileSync(path, `${new Date().toISOString()} ${sanitizeLines(format(...args))}\n`);
  } catch {
    // Logging must never take the app down.
  }
}

/** Routes console.* and process warnings to the log file for the life of the UI. */
export function routeConsoleToLog(path: string): void {
  const write = (...args: unknown[]) => log(path, ...args);
  console.log = console.info = console.warn = console.error = console.debug = write;
  process.removeAllListeners('warning');
  process.on('warning', (w) => write(`warning: ${w.name}: ${w.message}`));
}
