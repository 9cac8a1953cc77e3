// The measurement children run bundled exactly as the CLI ships (scripts/build.mjs's settings: one ESM
// bundle with split chunks, React's production build), not through tsx: under tsx every dynamic
// import() — awsnav imports the SDK lazily, once per listing — goes through a loader thread and costs
// milliseconds the real CLI never pays.
import { build } from 'esbuild';
import { join } from 'node:path';

export const CHILDREN = ['firstRow.tsx', 'scan.ts', 'keypress.tsx', 'memory.tsx', 'waiters.ts', 'sandbox.ts'];

export async function bundleChildren(outdir: string): Promise<(file: string) => string> {
  await build({
    entryPoints: CHILDREN.map((f) => join('bench', f)),
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    jsx: 'automatic',
    logLevel: 'warning',
    chunkNames: 'chunks/[name]-[hash]',
    mainFields: ['module', 'main'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);" },
    external: ['react-devtools-core'],
  });
  return (file) => join(outdir, file.replace(/\.tsx?$/, '.js'));
}
