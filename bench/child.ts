// Each measurement runs in a child process of its own, so one's heap, sockets and JIT state cannot
// colour another's figures. A measurement module calls `childMain(measure)`; the orchestrator runs it
// with `node --import tsx bench/<name>.ts '<json args>'` and reads the result from the last line.
import { pathToFileURL } from 'node:url';

export const RESULT_MARK = '@@bench-result ';

export function childMain<A, R>(moduleUrl: string, measure: (args: A) => Promise<R>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const args = JSON.parse(process.argv[2] ?? '{}') as A;
  measure(args).then(
    (result) => {
      process.stdout.write(RESULT_MARK + JSON.stringify(result) + '\n');
      process.exit(0);
    },
    (err) => {
      process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
