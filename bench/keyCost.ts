// Keypress cost of one build of figure 4's screen, for comparing builds before a change goes into the
// bench proper: `node --import tsx bench/keyCost.ts bundle <dir>` bundles the bench's children from
// the tree into <dir>; `node --import tsx bench/keyCost.ts run <dir>... [--presses N] [--rounds N] [--cpu-prof DIR] [--sorting] [--node-flags "…"]`
// runs each bundle's ptyApp (1,000 rows, 160×45, through a pty) in turn, twice, and prints the median
// keypress → frame and the app's own CPU time per key (which a busy machine bends less than wall time).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { bundleChildren } from './bundle';
import { measurePtyKeypress } from './ptyKeypress';
import { CLI_NODE_FLAGS } from './cliStart';
import { median } from './stats';

const [mode, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest.splice(i, 2)[1] : undefined;
};
const presses = Number(option('presses') ?? 200);
// --rounds N: each bundle in turn, N times (a noisy machine needs more than the two by default).
const rounds = Number(option('rounds') ?? 2);
const profileDir = option('cpu-prof');
// The app starts with the CLI's own Node flags (cliStart.ts); --node-flags "…" replaces them, to compare.
const given = option('node-flags');
const nodeFlags = `${given ?? CLI_NODE_FLAGS.join(' ')} `;
// --sorting: also the screen of figure 4c, side by side with the idle one (s, s: a sort by size of the million keys reading in the background).
const sortingAt = rest.indexOf('--sorting');
const sorting = sortingAt >= 0 ? (rest.splice(sortingAt, 1), true) : false;

if (mode === 'bundle') {
  await bundleChildren(resolve(rest[0]));
} else if (mode === 'run') {
  const scratch = mkdtempSync(join(tmpdir(), 'awsnav-keycost-'));
  const env = { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '2', TERM: 'xterm-256color', AWSNAV_LOG_FILE: join(scratch, 'awsnav.log') };
  const sandbox = spawn(process.execPath, [join(resolve(rest[0]), 'sandbox.js'), '--child'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise<string>((r) => createInterface({ input: sandbox.stdout! }).once('line', (l) => r((JSON.parse(l) as { url: string }).url)));
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const dir of rest) {
        const prof = profileDir ? `--cpu-prof --cpu-prof-dir=${resolve(profileDir)} ` : '';
        const r = await measurePtyKeypress({ app: `${prof}${nodeFlags}${join(resolve(dir), 'ptyApp.js')}`, env, url, loads: [1000], sorting: sorting ? [1000] : [], presses, block: 20 });
        for (const l of r.loads) {
          const what = l.sorting ? `sorting${l.stillReading ? '' : ' (finished reading early)'}` : 'idle';
          process.stdout.write(`round ${round} ${dir} ${what}: keypress → frame ${median(l.samples).toFixed(2)} ms median, CPU ${median(l.cpuMs).toFixed(2)} ms per key, ${Math.round(median(l.bytes))} B\n`);
        }
        const b = r.beside;
        if (b) process.stdout.write(`round ${round} ${dir} idle beside the sort: keypress → frame ${median(b.samples).toFixed(2)} ms median, CPU ${median(b.cpuMs).toFixed(2)} ms per key\n`);
      }
    }
  } finally {
    sandbox.stdin!.end();
    sandbox.kill('SIGTERM');
    rmSync(scratch, { recursive: true, force: true });
  }
} else {
  throw new Error('usage: keyCost.ts bundle <dir> | run <dir>... [--presses N] [--rounds N] [--cpu-prof DIR] [--sorting] [--node-flags "…"]');
}
