import type { Plugin } from 'esbuild';
/** Keeps Ink's per-frame caches across frames inside the bundle (inkPatches.mjs). */
export declare const inkOutputCaches: Plugin;
