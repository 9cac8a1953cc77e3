// Bundles the CLI with esbuild for fast start-up: loading Ink's many small modules from node_modules
// costs ~0.4 s; one bundled file loads in a fraction of that. The AWS SDK and the sandbox are behind
// dynamic imports, so they land in chunks of their own that load only when first used.
import { build } from 'esbuild';
import { chmodSync, renameSync, rmSync } from 'node:fs';
import { bundleOptions } from './bundleOptions.mjs';

// Built beside dist and swapped in at the end, so a CLI already running (a test in tmux, a bench
// run) never finds dist half-written.
const out = `dist.build-${process.pid}`;
rmSync(out, { recursive: true, force: true });
await build({ ...bundleOptions, entryPoints: ['src/cli.ts'], outdir: out });
chmodSync(`${out}/cli.js`, 0o755);
rmSync('dist', { recursive: true, force: true });
renameSync(out, 'dist');
