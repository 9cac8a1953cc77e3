// Side-by-side start-up of two builds (A/B), for deciding whether a change pays before it goes into the
// bench proper: `node --import tsx bench/abStartup.ts dirA/cli.js dirB/cli.js [samples]`. Alternates
// A, B and `node -e 0` in the same pty harness as figure 1 (bench/startup.ts).
import { measureStartupOf } from './startup';

const [a, b, n] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: abStartup.ts <cliA> <cliB> [samples]');
const r = await measureStartupOf([a, b], Number(n ?? 15));
const med = (v: number[]) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
const floor = med(r.nodeMs);
for (const [i, cli] of [a, b].entries()) {
  const m = med(r.cliMs[i]);
  process.stdout.write(`${cli}: ${m.toFixed(0)} ms, ${(m / floor).toFixed(2)}× node -e 0 (${floor.toFixed(0)} ms)\n`);
}
