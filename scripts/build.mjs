// Bundles the CLI with esbuild for fast start-up: loading Ink's many small modules from node_modules
// costs ~0.4 s; one bundled file loads in a fraction of that. The AWS SDK and the sandbox are behind
// dynamic imports, so they land in chunks of their own that load only when first used.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['' + (process.env.ENTRY||'src/cli.tsx') + ''],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // The SDK ships ESM builds under "module": with the CommonJS "main", a dynamic import() of a
  // client yields only a default export, and nothing is tree-shaken.
  mainFields: ['module', 'main'],
  define: { 'process.env.NODE_ENV': '"production"' },
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __awsnavCreateRequire } from 'node:module'; const require = __awsnavCreateRequire(import.meta.url);" },
  // react-devtools-core is an optional import of Ink's that is never installed.
  external: ['react-devtools-core'],
});
chmodSync('dist/cli.js', 0o755);
