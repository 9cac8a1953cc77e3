// The sandbox the benchmark measures against, in a process of its own: the server's work (building
// XML pages) runs on the other core instead of competing with the client being measured. Prints one
// JSON line {"url"} when listening; closes on SIGTERM / Ctrl-C, and with --child when its stdin ends (so
// it never outlives a benchmark that died).
//   node --import tsx bench/sandbox.ts     (then: npm run bench -- --endpoint <url>, from anywhere)
import { startSandbox } from '../src/sandbox/index';
import { benchBuckets } from './buckets';

const port = Number(process.env.PORT ?? 0) || 0;
const sandbox = await startSandbox({ port, s3Buckets: benchBuckets() });
process.stdout.write(JSON.stringify({ url: sandbox.url }) + '\n');

let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await sandbox.close();
  process.exit(0);
};
process.on('SIGTERM', close);
process.on('SIGINT', close);
if (process.argv.includes('--child')) {
  process.stdin.on('end', close);
  process.stdin.resume();
}
