#!/usr/bin/env node
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
