// How awsnav is bundled, shared by the build (scripts/build.mjs) and the benchmark's children
// (bench/bundle.ts), so what the bench measures is built exactly as what ships.
import { readFileSync } from 'node:fs';
import { inkFrameCaches } from './inkPatches.mjs';

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

/** @type {import('esbuild').BuildOptions} */
export const bundleOptions = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  jsx: 'automatic',
  minify: false,
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
  plugins: [yogaWithoutFetch, inkFrameCaches],
};
