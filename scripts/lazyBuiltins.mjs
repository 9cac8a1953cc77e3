// Node built-ins that awsnav's start-up graph imports but its first frame never uses, loaded when
// first called instead (bench figure 1). node:child_process is ~7 ms of Node's own module loading
// (with dgram and friends): commander imports it for sub-commands awsnav does not have, and Ink's
// terminal-size for a fallback when stdout is not a terminal. node:crypto is ~7 ms more: the SDK's
// shared-ini-file-loader imports it to name the SSO token cache file. process.getBuiltinModule
// (Node 22.3+; awsnav needs 22) is synchronous, so each call site stays as it was.
import { readFileSync } from 'node:fs';

/** [file, what it imports, the lazy stand-in]: each import must be found exactly once. */
const edits = [
  [
    /node_modules[\\/]commander[\\/]lib[\\/]command\.js$/,
    "import childProcess from 'node:child_process';",
    "const childProcess = new Proxy({}, { get: (_, name) => process.getBuiltinModule('node:child_process')[name] });",
  ],
  [
    /node_modules[\\/]terminal-size[\\/]index\.js$/,
    "import {execFileSync} from 'node:child_process';",
    "const execFileSync = (...args) => process.getBuiltinModule('node:child_process').execFileSync(...args);",
  ],
  [
    /shared-ini-file-loader[\\/]getSSOTokenFilepath\.js$/,
    'import { createHash } from "node:crypto";',
    "const createHash = (...args) => process.getBuiltinModule('node:crypto').createHash(...args);",
  ],
];

export const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    for (const [filter, from, to] of edits) {
      b.onLoad({ filter }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (source.split(from).length !== 2) {
          return { contents: source, loader: 'js', warnings: [{ text: `${args.path} no longer has ${from}: it loads at start-up again` }] };
        }
        return { contents: source.replace(from, to), loader: 'js' };
      });
    }
  },
};
