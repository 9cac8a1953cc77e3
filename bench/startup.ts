// Figure 1. Process start → the first frame showing the profile list, in a pseudo-terminal, against
// `node -e 0` (the floor: a process that starts and ends). Both run under util-linux's `script`, which
// gives the child a pty, through the same shell line, so both pay the same harness cost. Samples
// alternate. awsnav reads a throw-away AWS config with two profiles; it is quit with q once seen.
import { spawn } from 'node:child_process';
import { withBenchNode } from './cliStart';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[=>]/g;

export interface StartupResult {
  /** Start-up to the profile list, compile cache warm (every run after the first). */
  awsnavMs: number[];
  /** The same with Node's compile cache off: what the first run after a build costs. */
  coldMs: number[];
  /** `awsnav --version` and `awsnav --help`, to their exit. */
  versionMs: number[];
  helpMs: number[];
  nodeMs: number[];
  /**
   * A process that only imports the UI's chunk (what main.tsx pulls in: React, Ink, yoga, the views),
   * compile cache warm, and exits: the part of start-up that is loading code, before any frame.
   */
  importMs: number[];
}

interface Run {
  cmd: string;
  env: NodeJS.ProcessEnv;
  /** Done when this shows (then q is sent), or at exit when undefined. */
  until?: RegExp;
}

function timeRun({ cmd, env, until }: Run, timeoutMs = 20_000): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    // stty: script's pty has no size when our stdin is not a terminal; Ink needs one.
    const line = `stty rows 40 cols 140 2>/dev/null; exec ${cmd}`;
    const t0 = performance.now();
    const child = spawn('script', ['-qfec', line, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let seenAt: number | undefined;
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out: ${cmd}\n${text.slice(-2000)}`));
    }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      if (seenAt !== undefined || !until) return;
      const at = performance.now();
      text += b.toString('utf8').replace(ANSI, '');
      if (until.test(text)) {
        seenAt = at;
        child.stdin.write('q');
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (until && seenAt === undefined) reject(new Error(`${cmd} exited (${code}) before showing ${until}\n${text.slice(-2000)}`));
      else resolvePromise((seenAt ?? performance.now()) - t0);
    });
  });
}

/** A throw-away AWS config with two profiles, and the environment that points awsnav at it. */
function benchHome(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-bench-'));
  const config = join(dir, 'config');
  const credentials = join(dir, 'credentials');
  writeFileSync(config, '[profile dev]\nregion = us-east-1\n\n[profile prod]\nregion = eu-west-1\n');
  writeFileSync(credentials, '[dev]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = example\n');
  const env: NodeJS.ProcessEnv = {
    // The CLI runs as a file, by its shebang (cliStart.ts): `env node` must find the bench's Node.
    PATH: withBenchNode(process.env).PATH,
    HOME: dir,
    TERM: 'xterm-256color',
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWSNAV_LOG_FILE: join(dir, 'awsnav.log'),
  };
  return { dir, env };
}

// The prod row's region is on screen only once the profile list is drawn.
const PROFILE_LIST = /prod\s+.*eu-west-1/;

/** Several builds' start-up to the profile list, alternating with `node -e 0` (bench/abStartup.ts). */
export async function measureStartupOf(clis: string[], samples: number, warmup = 2): Promise<{ cliMs: number[][]; nodeMs: number[] }> {
  const { dir, env } = benchHome();
  const out = { cliMs: clis.map((): number[] => []), nodeMs: [] as number[] };
  try {
    for (let i = 0; i < warmup + samples; i++) {
      for (const [k, cli] of clis.entries()) {
        const t = await timeRun({ cmd: cli, env, until: PROFILE_LIST });
        if (i >= warmup) out.cliMs[k].push(t);
      }
      const n = await timeRun({ cmd: `${process.execPath} -e 0`, env });
      if (i >= warmup) out.nodeMs.push(n);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export async function measureStartup({ cli, samples, warmup }: { cli: string; samples: number; warmup: number }): Promise<StartupResult> {
  const { dir, env } = benchHome();
  const awsnav: Run = { cmd: cli, env, until: PROFILE_LIST };
  const cold: Run = { ...awsnav, env: { ...env, AWSNAV_NO_COMPILE_CACHE: '1' } };
  const version: Run = { cmd: `${cli} --version`, env };
  const help: Run = { cmd: `${cli} --help`, env };
  const floor: Run = { cmd: `${process.execPath} -e 0`, env };
  const chunks = join(dirname(cli), 'chunks');
  const mainChunk = readdirSync(chunks).find((f) => /^main-.*\.js$/.test(f));
  if (!mainChunk) throw new Error(`no main chunk in ${chunks}`);
  const importer = join(dir, 'import-main.mjs');
  writeFileSync(importer, [
    "import module from 'node:module';",
    `module.enableCompileCache(${JSON.stringify(join(dir, 'import-cache'))});`,
    `await import(${JSON.stringify(join(chunks, mainChunk))});`,
  ].join('\n'));
  const importOnly: Run = { cmd: `${process.execPath} ${importer}`, env };
  const out: StartupResult = { awsnavMs: [], coldMs: [], versionMs: [], helpMs: [], nodeMs: [], importMs: [] };
  try {
    // Interleaved, so a noisy moment on the machine touches every figure alike.
    for (let i = 0; i < warmup + samples; i++) {
      const a = await timeRun(awsnav);
      const c = await timeRun(cold);
      const v = await timeRun(version);
      const h = await timeRun(help);
      const n = await timeRun(floor);
      const m = await timeRun(importOnly);
      if (i >= warmup) {
        out.importMs.push(m);
        out.awsnavMs.push(a);
        out.coldMs.push(c);
        out.versionMs.push(v);
        out.helpMs.push(h);
        out.nodeMs.push(n);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
