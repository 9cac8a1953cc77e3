// How awsnav is bundled, shared by the build (scripts/build.mjs) and the benchmark's children
// (bench/bundle.ts), so what the bench measures is built exactly as what ships.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { inkFrameCaches } from './inkPatches.mjs';
import { lazyBuiltins } from './lazyBuiltins.mjs';
import { narrowText } from './narrowText.mjs';

// yoga-layout (Ink's layout engine) inlines its wasm as a base64 data: URL and, whenever a global
// fetch exists, loads it with fetch() — which on Node first loads undici, ~40 ms of start-up before the
// first frame (bench figure 1). Without fetch it decodes the same bytes synchronously.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replaceAll('typeof fetch', 'typeof undefined');
      if (contents === source) console.warn('build: yoga-layout no longer tests `typeof fetch`; start-up may load undici again');
      return { contents, loader: 'js' };
    });
  },
};

// esbuild writes ASCII (its charset default escapes every other character of a string, template,
// regex or name) but keeps some comments as they are, and one `…` or `↑` in a comment makes Node read
// the whole 1.3 MB chunk as a two-byte string: ~15 ms more start-up (bench/abStartup.ts, 25 runs a
// side). What is left outside ASCII is therefore in comments only, where an escape reads as well.
const asciiOutput = {
  name: 'ascii-output',
  setup(b) {
    const write = b.initialOptions.write ?? true;
    b.initialOptions.write = false;
    b.onEnd((result) => {
      if (!write) return;
      for (const file of result.outputFiles ?? []) {
        let text = file.text;
        if (file.path.endsWith('.js')) text = text.replace(/[^\u0000-\u007f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
        mkdirSync(dirname(file.path), { recursive: true });
        writeFileSync(file.path, text);
      }
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
export const bundleOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // esbuild does not know Node has had regexes' v flag since 20: without this it makes each one a
  // `new RegExp(…, 'v')` that parses its pattern as the module loads (string-width's \p{RGI_Emoji},
  // five copies, ~6 ms), where a literal is parsed with the script (and kept in the compile cache).
  supported: { 'regexp-set-notation': true },
  jsx: 'automatic',
  // Whitespace and syntax minified: the main chunk is 1.0 MB, not 1.4, to read, decode and hash at
  // every start (A/B, 25 runs a side, twice: -7 and -10 ms). Names are kept, so a crash's stack in
  // the log still says which function.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
  // The SDK ships ESM builds under "module": with the CommonJS "main", a dynamic import() of a
  // client yields only a default export, and nothing is tree-shaken.
  mainFields: ['module', 'main'],
  define: {
    'process.env.NODE_ENV': '"production"',
    // --version answers from the bundle itself: no package.json to find at run time.
    'process.env.AWSNAV_VERSION': JSON.stringify(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version),
  },
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __awsnavCreateRequire } from 'node:module'; const require = __awsnavCreateRequire(import.meta.url);" },
  // react-devtools-core is an optional import of Ink's that is never installed.
  external: ['react-devtools-core'],
  plugins: [yogaWithoutFetch, inkFrameCaches, narrowText, lazyBuiltins, asciiOutput],
};
