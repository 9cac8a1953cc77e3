import type { Plugin } from 'esbuild';
/** Measures and cuts text of one-cell characters without ICU inside the bundle (narrowText.mjs). */
export declare const narrowText: Plugin;
/** The file as it goes into the bundle, or a warning and the file as published. */
export declare function narrowTextSource(path: string, published: string): Promise<{ contents: string; warning?: string }>;
/** The one-cell characters of the string-width at this path, as the inside of a regex class. */
export declare function narrowClass(stringWidthPath: string): Promise<string>;
/** The narrow class of the string-width that a file of a package would import (else awsnav's own). */
export declare function narrowClassFrom(fromPath: string): Promise<string>;
