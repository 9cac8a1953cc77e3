// The `:` line: inline with the table still in view, Tab completes commands and their arguments,
// ↑/↓ walk the session's lines, an unknown command gets the nearest one.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { ec2Instances } from '../../src/data/ec2/nodes';
import { completeLine, nearestCommand, CommandHistory } from '../../src/hooks/promptCommands';
import { lineCommands } from '../../src/hooks/commands';
import { driver } from '../helpers/ink';
import { sandboxSession } from '../helpers/sessions';

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox({});
});
after(() => sandbox?.close());
afterEach(() => cleanup());

const handled = () => new Promise<void>((r) => setImmediate(r));
const promptLine = (f: string) => f.split('\n').find((l) => l.startsWith(':')) ?? '';

test('completion: a command, then its argument; the choices when there are several', () => {
  assert.deepEqual(completeLine('pag', lineCommands, {}), { line: 'pagesize ', options: ['pagesize'] });
  assert.equal(completeLine('region eu-we', lineCommands, { regions: ['eu-west-1', 'eu-west-2', 'us-east-1'] }).line, 'region eu-west-');
  assert.deepEqual(completeLine('prefix ra', lineCommands, { prefixes: ['raw/', 'logs/'] }), { line: 'prefix raw/', options: ['raw/'] });
  assert.equal(completeLine('state running,sto', lineCommands, {}).line, 'state running,stopp');
  assert.equal(nearestCommand('regoin', lineCommands), 'region');
  assert.equal(nearestCommand('zzzzzz', lineCommands), undefined);
  const h = new CommandHistory();
  h.add('state running');
  h.add('state running');
  h.add('tag Name=web');
  assert.deepEqual([h.at(1), h.at(2), h.at(3)], ['tag Name=web', 'state running', undefined]);
});

test(': is a line at the bottom with the table still there; Tab completes, Enter runs, ↑ brings it back', async () => {
  const session = sandboxSession(sandbox.url);
  const profile = node(profileNode, 'dev', 'dev', { session });
  const ui = driver(render(<App path={[rootNode([profile]), profile, node(ec2Instances, 'us-east-1', 'us-east-1', { region: 'us-east-1' })]} />));
  await ui.see('web-1');
  ui.press('command');
  await ui.see('Command (:help lists them) · Tab completes');
  assert.match(ui.frame(), /web-1/, 'the table is still in view');
  ui.type('sta');
  await ui.see(':sta');
  await handled();
  ui.press('command.complete', 'command');
  await ui.until((f) => promptLine(f).startsWith(':state'), ':state completed');
  ui.type('st');
  await handled();
  ui.press('command.complete', 'command');
  await ui.see('stopped  stopping');
  assert.ok(promptLine(ui.frame()).startsWith(':state stopp'), 'completed as far as both go');
  ui.type('ed');
  await ui.until((f) => promptLine(f).startsWith(':state stopped'), 'typed on');
  await handled();
  ui.press('command.run', 'command');
  await ui.see('us-east-1 state=stopped');
  await ui.until((f) => f.includes('worker') && !f.includes('web-1'), 'only the stopped ones');
  ui.press('command');
  await ui.see('Command (:help');
  ui.press('command.older', 'command');
  await ui.until((f) => promptLine(f).startsWith(':state stopped'), 'the last line, from history');
  ui.press('command.cancel', 'command');
  await ui.until((f) => !promptLine(f), 'the line closed');
  ui.press('command');
  await ui.see('Command (:help');
  ui.type('regoin eu-west-1');
  await ui.see(':regoin eu-west-1');
  await handled();
  ui.press('command.run', 'command');
  await ui.see('Unknown command :regoin. Did you mean :region?');
});
