// A person who installed awsnav globally on an older Node gets one clear line and exit code 1, never
// a stack trace. Run with the machine's own Node (the first `node` on PATH outside the project's
// node_modules/.bin, where npm scripts put the project's Node 24).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { nodeTooOld } from '../../src/nodeVersion';

function machineNode(): { path: string; version: string } | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes('node_modules')) continue;
    const path = join(dir, 'node');
    if (!existsSync(path)) continue;
    const r = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (r.status === 0) return { path, version: r.stdout.trim() };
  }
  return undefined;
}

test('nodeTooOld: 20 and 21 are refused with the versions named, 22 and later accepted', () => {
  assert.equal(nodeTooOld('20.20.2'), 'awsnav needs Node.js 22 or newer (24 LTS recommended); this is Node.js 20.20.2.');
  assert.match(nodeTooOld('21.7.3')!, /this is Node\.js 21\.7\.3/);
  assert.equal(nodeTooOld('22.0.0'), undefined);
  assert.equal(nodeTooOld('24.21.0'), undefined);
});

const old = machineNode();
const skip = !old ? 'no Node outside node_modules on PATH' : !nodeTooOld(old.version) ? `the machine's Node is ${old.version}, not an old one` : false;

test('the built CLI on the machine\'s old Node says which Node it needs, in one line, and exits 1', { skip }, () => {
  const r = spawnSync(old!.path, ['dist/cli.js', '--sandbox'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `awsnav needs Node.js 22 or newer (24 LTS recommended); this is Node.js ${old!.version}.\n`);
});

test('the tests themselves run on the project\'s Node 24', () => {
  assert.equal(process.versions.node.split('.')[0], '24');
});
