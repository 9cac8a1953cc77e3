// Side-by-side start-up of builds (A/B), for deciding whether a change pays before it goes into the
// bench proper: `node --import tsx bench/abStartup.ts [samples] dirA/cli.js dirB/cli.js ...`. Alternates
// the builds and `node -e 0` in the same pty harness as figure 1 (bench/startup.ts).
import { measureStartupOf } from './startup';

const args = process.argv.slice(2);
const samples = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 15;
if (args.length === 0) throw new Error('usage: abStartup.ts [samples] <cli>...');
const r = await measureStartupOf(args, samples);
const med = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
const floor = med(r.nodeMs);
for (const [i, cli] of args.entries()) {
  const m = med(r.cliMs[i]);
  process.stdout.write(`${cli}: ${m.toFixed(0)} ms, ${(m / floor).toFixed(2)}× node -e 0 (${floor.toFixed(0)} ms)\n`);
}
