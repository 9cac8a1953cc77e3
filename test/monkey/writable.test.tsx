import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYS, run, assertConfirmedBefore, unexpected, isMutating } from '../helpers/monkey';

test(`${KEYS} random keys, every profile writable: no crash, nothing mutating without its confirmation`, { timeout: 600_000 }, async (t) => {
  const seed = Number(process.env.MONKEY_SEED ?? 20261123);
  const { audit, requests } = await run(seed, '');
  assert.deepEqual(unexpected, [], 'no unhandled rejection or uncaught exception');
  assert.ok(requests.length > 100, `the monkey reached the sandbox (${requests.length} requests)`);
  assertConfirmedBefore(audit, requests, seed);
  const mutating = requests.filter(isMutating);
  assert.ok(mutating.length > 0, `seed ${seed}: the monkey changed something (else the check above proved nothing)`);
  t.diagnostic(`seed ${seed}: ${requests.length} requests, ${mutating.length} mutating (${[...new Set(mutating.map((r) => r.op))].join(', ') || 'none'}), ${audit.filter((e) => e.phase === 'confirmed' && e.mutates).length} confirmed changes, ${audit.filter((e) => e.phase === 'cancelled').length} cancelled`);
  const screens = new Set(requests.map((r) => `${r.service}:${r.op}`));
  // It went places: S3 and EC2 were both browsed.
  assert.ok(screens.has('s3:ListObjectsV2') && screens.has('ec2:DescribeInstances'), [...screens].join(' '));
});
