#!/usr/bin/env -S node --max-semi-space-size=16
// --max-semi-space-size=16 (MiB): V8 lets the young generation grow to 128 MiB over a long run (paging a
// million keys, a background sort), and RSS keeps that high-water mark; capped, 1M keys walked cost
// ~1.6× the RSS of 10k instead of ~2.3× (bench figure 5). It has to be here: set at run time
// (v8.setFlagsFromString) it has no effect, and starting a second Node to pass it would cost a whole
// Node start-up; here `env` execs the one Node with it (no start-up cost measured). So awsnav is run as
// this file (a global install's link, `npm start`), not as `node dist/cli.js`, which would drop it.
// Node 20 takes the flag too, so an old Node still gets to say it is too old.
// The entry point, kept to what any Node can run: it must be able to say "wrong Node" on the Node
// that a person happens to have (a global install on Node 20), so it imports nothing at load time.
// Everything else comes in by dynamic import, after the check: the flags (commander, for --help and
// --version, which need neither Ink nor the SDK), then the UI (main.tsx).
import { nodeTooOld } from './nodeVersion';

const tooOld = nodeTooOld(process.versions.node);
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exit(1);
}

const { enableCompileCache } = await import('./compileCache');
enableCompileCache();
const { parseFlags } = await import('./flags');
const flags = parseFlags(process.argv); // --help and --version print and exit here
if (flags.sandboxOnly) {
  const { runSandboxOnly } = await import('./sandboxOnly');
  process.exitCode = await runSandboxOnly();
} else {
  const { main } = await import('./main');
  main(flags);
}
