// credential_process, run by awsnav itself rather than through the SDK's fromProcess: that one runs the
// command with child_process.exec and no timeout or signal, so when awsnav gives up on a command that
// hangs (a helper waiting on a prompt nobody sees, a dead network) the process would live on until
// awsnav exits. Here the command runs in a process group of its own and the group is killed when the
// time limit passes or the caller aborts. The output is read exactly as the SDK reads it (Version 1,
// AccessKeyId, SecretAccessKey, SessionToken, Expiration, AccountId), and marked with the SDK's flags.
import { spawn } from 'node:child_process';
import type { Credentials } from './credentials';

/** How long a killed command gets to end on SIGTERM before SIGKILL. */
const GRACE_MS = 1_000;

export function runCredentialProcess(profile: string, command: string, signal: AbortSignal): Promise<Credentials> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    // As exec does: through the shell, so the command line in the config works as it does for the CLI.
    const child = spawn(command, { shell: true, detached: process.platform !== 'win32', stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-2_000)));
    const onAbort = () => {
      killGroup(child.pid);
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      signal.removeEventListener('abort', onAbort);
      reject(new Error(`Profile ${profile} credential_process could not start: ${e.message}`));
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (signal.aborted) return;
      // stderr may say why; stdout is never quoted, it may hold a secret.
      if (code !== 0) return reject(new Error(`Profile ${profile} credential_process exited with ${code}${err.trim() ? `: ${err.trim().split('\n')[0]}` : ''}.`));
      try {
        resolve(parseProcessOutput(profile, out));
      } catch (e) {
        reject(e);
      }
    });
  });
}

/** The SDK's getValidatedProcessCredentials, to the letter. */
export function parseProcessOutput(profile: string, stdout: string): Credentials {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(stdout.trim());
  } catch {
    throw new Error(`Profile ${profile} credential_process returned invalid JSON.`);
  }
  if (data.Version !== 1) throw new Error(`Profile ${profile} credential_process did not return Version 1.`);
  if (typeof data.AccessKeyId !== 'string' || typeof data.SecretAccessKey !== 'string') {
    throw new Error(`Profile ${profile} credential_process returned invalid credentials.`);
  }
  const expiration = typeof data.Expiration === 'string' ? new Date(data.Expiration) : undefined;
  if (expiration && expiration.getTime() < Date.now()) throw new Error(`Profile ${profile} credential_process returned expired credentials.`);
  return {
    accessKeyId: data.AccessKeyId,
    secretAccessKey: data.SecretAccessKey,
    ...(typeof data.SessionToken === 'string' ? { sessionToken: data.SessionToken } : {}),
    ...(expiration ? { expiration } : {}),
    ...(typeof data.AccountId === 'string' ? { accountId: data.AccountId } : {}),
    $source: { CREDENTIALS_PROFILE_PROCESS: 'v', CREDENTIALS_PROCESS: 'w' },
  };
}

/** The shell and whatever it started: the whole group, so a `sh -c "helper | jq"` leaves nothing behind. */
function killGroup(pid: number | undefined): void {
  if (!pid) return;
  const kill = (sig: NodeJS.Signals) => {
    try {
      if (process.platform === 'win32') process.kill(pid, sig);
      else process.kill(-pid, sig);
      return true;
    } catch {
      return false; // already gone
    }
  };
  if (kill('SIGTERM')) setTimeout(() => kill('SIGKILL'), GRACE_MS).unref();
}

function abortError(): Error {
  return Object.assign(new Error('Cancelled.'), { name: 'AbortError' });
}
