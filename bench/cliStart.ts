// How the bench starts awsnav: the way a person does. The CLI is run as a file (a global install's
// `awsnav`, `npm start`), so the kernel reads its shebang — `#!/usr/bin/env -S node <flags>` — and Node
// gets the flags written there (src/cli.ts says why each is there). Figures whose child stands for the
// app (memory, first row, keypress, …) start that child with the same flags, read from the same line,
// so the bench never measures a flag the person does not get, nor leaves out one they do.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The Node flags of a CLI's shebang: `#!/usr/bin/env -S node --a --b` → ['--a', '--b']; `#!/usr/bin/env node` → []. */
export function shebangNodeFlags(file: string): string[] {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0];
  const m = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+\S+)*)\s*$/.exec(first);
  if (!m) throw new Error(`${file}: its first line is not a "#!/usr/bin/env [-S] node …" shebang: ${first}`);
  return m[1].trim().split(/\s+/).filter(Boolean);
}

/** The flags the CLI starts Node with (from the source, which the build copies verbatim). */
export const CLI_NODE_FLAGS = shebangNodeFlags('src/cli.ts');

/** An environment in which `env node`, as the shebang says it, finds the Node running the bench. */
export function withBenchNode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, PATH: `${dirname(process.execPath)}:${env.PATH ?? ''}` };
}
