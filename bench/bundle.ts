// The measurement children run bundled exactly as the CLI ships (scripts/bundleOptions.mjs, shared with the build: one ESM
// bundle with split chunks, React's production build), not through tsx: under tsx every dynamic
// import() — awsnav imports the SDK lazily, once per listing — goes through a loader thread and costs
// milliseconds the real CLI never pays.
import { build } from 'esbuild';
import { join } from 'node:path';
import { bundleOptions } from '../scripts/bundleOptions.mjs';

export const CHILDREN = ['firstRow.tsx', 'scan.ts', 'memory.tsx', 'waiters.ts', 'sandbox.ts', 'ptyApp.tsx', 'collections.ts', 'upload.ts'];

export async function bundleChildren(outdir: string): Promise<(file: string) => string> {
  await build({ ...bundleOptions, entryPoints: CHILDREN.map((f) => join('bench', f)), outdir });
  return (file) => join(outdir, file.replace(/\.tsx?$/, '.js'));
}
