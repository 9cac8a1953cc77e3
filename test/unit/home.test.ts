// In sandbox mode HOME moves beside the sandbox's files (the SDK's SSO token cache goes there), but a
// path the person types still means their own home.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expandPath } from '../../src/data/s3/actions';
import { startSandboxEnvironment } from '../../src/sandbox/environment';

test('the sandbox moves HOME but ~ in a typed path is still the person\'s home', async () => {
  const saved = { ...process.env };
  const realHome = homedir();
  const stop = await startSandboxEnvironment(process.env);
  try {
    assert.notEqual(process.env.HOME, realHome, 'HOME moved for the SDK');
    assert.equal(expandPath('~/Downloads/x.log'), join(realHome, 'Downloads', 'x.log'));
  } finally {
    await stop();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
});
