// The flow with settings (actionFlow.ts): a setting takes its default without a prompt; the question
// shows it; 'settings' asks each one (validated by the prompt, Esc keeps the old values) and the same
// question comes back with the new values and their code; the run gets what the last question showed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAction, type ActionSpec, type Dialogs, type InputSpec } from '../../src/data/actions';
import { waiterInputs } from '../../src/data/waiters/inputs';
import { JobRegistry } from '../../src/data/jobs';
import { node, type Ctx, type NodeType } from '../../src/data/tree';

const instanceType: NodeType = { name: 'ec2.instance', kind: 'resource' };
const target = node(instanceType, 'i-1', 'i-1 web', { region: 'us-east-1', instance: { InstanceId: 'i-1' } });
const name: InputSpec = { id: 'name', label: 'Name', kind: 'text', initial: () => 'web' };

function stop(ran: Record<string, string>[]): ActionSpec {
  return { command: 'action.stop', label: 'Stop', mutates: true, confirm: 'yes', inputs: [name, ...waiterInputs({ delay: 15, maxAttempts: 40 })], run: async (env) => void ran.push({ ...env.input }) };
}

function env(codes: string[] = []) {
  return {
    node: target, ctx: {} as Ctx, signal: new AbortController().signal, jobs: new JobRegistry(), notify() {}, refresh() {}, ask: async () => true,
    codeFor: (_s: ActionSpec, _n: unknown, input: Record<string, string>) => (codes.push(`${input.delay}/${input.maxAttempts}`), undefined),
  };
}

test('settings are not prompted: the one prompt is the field without a default, the question shows Delay and MaxAttempts', async () => {
  const prompts: string[] = [];
  const questions: string[] = [];
  const ran: Record<string, string>[] = [];
  const dialogs: Dialogs = {
    confirm: async () => assert.fail('a question with settings goes through confirmSettings'),
    confirmSettings: async (_t, message, settings) => (questions.push(`${message} | ${settings}`), true),
    typeToConfirm: async () => false,
    prompt: async (_t, label, initial) => (prompts.push(label), initial),
    pick: async () => undefined,
  };
  assert.deepEqual(await runAction(stop(ran), env(), dialogs), { status: 'done' });
  assert.deepEqual(prompts, ['Name']);
  assert.deepEqual(questions, ['Stop: i-1 web? | Delay 15 s · MaxAttempts 40']);
  assert.deepEqual(ran, [{ name: 'web', delay: '15', maxAttempts: '40' }]);
});

test('"settings": each setting asked with the value in use, the same question again with the new values and their code; Esc keeps the rest', async () => {
  const answers: (boolean | 'settings')[] = ['settings', 'settings', true];
  const given: (string | undefined)[] = ['5-60', '7', '1', undefined];
  const shown: string[] = [];
  const offered: string[] = [];
  const codes: string[] = [];
  const ran: Record<string, string>[] = [];
  const dialogs: Dialogs = {
    confirm: async () => false,
    confirmSettings: async (_t, _m, settings) => (shown.push(settings), answers.shift()!),
    typeToConfirm: async () => false,
    prompt: async (_t, label, initial, validate) => {
      if (label === 'Name') return initial;
      offered.push(initial);
      const v = given.shift();
      assert.equal(v === undefined ? undefined : validate?.(v), undefined, 'the prompt validates what it is given');
      return v;
    },
    pick: async () => undefined,
  };
  await runAction(stop(ran), env(codes), dialogs);
  assert.deepEqual(shown, ['Delay 15 s · MaxAttempts 40', 'Delay 5-60 s · MaxAttempts 7', 'Delay 1 s · MaxAttempts 7']);
  assert.deepEqual(offered, ['15', '40', '5-60', '7'], 'each prompt offers the value in use');
  assert.deepEqual(codes, ['15/40', '5-60/7', '1/7'], 'the code of each question has its values');
  assert.deepEqual(ran, [{ name: 'web', delay: '1', maxAttempts: '7' }]);
});

test('dialogs without confirmSettings (a script) are asked the question with the settings in it', async () => {
  const asked: string[] = [];
  const dialogs: Dialogs = { confirm: async (_t, m) => (asked.push(m), false), typeToConfirm: async () => false, prompt: async (_t, _l, i) => i, pick: async () => undefined };
  assert.deepEqual(await runAction(stop([]), env(), dialogs), { status: 'cancelled' });
  assert.deepEqual(asked, ['Stop: i-1 web? (Delay 15 s · MaxAttempts 40)']);
});

test('a type-to-confirm says the settings it will use', async () => {
  const asked: string[] = [];
  const spec = { ...stop([]), confirm: 'type' as const };
  const dialogs: Dialogs = { confirm: async () => true, typeToConfirm: async (_t, m) => (asked.push(m), false), prompt: async (_t, _l, i) => i, pick: async () => undefined };
  await runAction(spec, env(), dialogs);
  assert.deepEqual(asked, ['Stop: i-1 web? (Delay 15 s · MaxAttempts 40)']);
});

test('the question says whether it changes AWS: a stop is drawn as a danger, a waiter started by hand is not', async () => {
  const flags: (boolean | undefined)[] = [];
  const dialogs: Dialogs = {
    confirm: async () => true,
    confirmSettings: async (_t, _m, _s, _c, changesAws) => (flags.push(changesAws), true),
    typeToConfirm: async () => false,
    prompt: async (_t, _l, initial) => initial,
    pick: async () => undefined,
  };
  await runAction(stop([]), env(), dialogs);
  const wait: ActionSpec = { ...stop([]), command: 'action.wait', label: 'Wait', mutates: false, confirm: 'none' };
  await runAction(wait, env(), dialogs);
  assert.deepEqual(flags, [true, false]);
});
