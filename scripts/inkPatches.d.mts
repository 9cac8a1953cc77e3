import type { Plugin } from 'esbuild';
/** Keeps Ink's per-frame work across frames inside the bundle: its caches, squashed strings, unchanged rows (inkPatches.mjs). */
export declare const inkFrameCaches: Plugin;
