import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYS, run, assertConfirmedBefore, unexpected, isMutating } from '../helpers/monkey';

test(`${KEYS} random keys with prod read-only: no mutating call reaches prod at all`, { timeout: 600_000 }, async (t) => {
  const seed = Number(process.env.MONKEY_SEED ?? 20261124);
  // It starts on prod, the read-only profile under test: with eight sandbox profiles a walk from the
  // list might never get there.
  const { audit, requests } = await run(seed, '[profile prod]\nreadonly = true\n\n[profile prod-admin]\nreadonly = true\n', 'prod');
  assert.deepEqual(unexpected, [], 'no unhandled rejection or uncaught exception');
  const onProd = requests.filter((r) => isMutating(r) && r.account === 'prod');
  assert.deepEqual(onProd.map((r) => r.op), [], 'no mutating call on the read-only account');
  assert.ok(requests.some((r) => r.account === 'prod'), 'the monkey did browse prod');
  assertConfirmedBefore(audit, requests, seed);
  const mutating = requests.filter(isMutating);
  t.diagnostic(`seed ${seed}: ${requests.length} requests, ${mutating.length} mutating (${[...new Set(mutating.map((r) => r.op))].join(', ') || 'none'}), ${audit.filter((e) => e.phase === 'confirmed' && e.mutates).length} confirmed changes, ${audit.filter((e) => e.phase === 'cancelled').length} cancelled`);
});
