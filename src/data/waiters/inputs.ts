// Delay and MaxAttempts per run, as the action's settings: boto3's defaults are used without a prompt,
// the confirmation shows them ("Delay 15 s · MaxAttempts 40") and its `e` changes them. A delay may be
// a range ("5-60"): the wait then doubles from the first to the second between polls.
import type { InputSpec } from '../actions';
import type { WaiterConfig } from './loop';
import type { InstanceWaiterName } from '../request';

const DELAY = /^\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*s?\s*$/;

export function parseDelay(text: string): { minDelay: number; maxDelay: number } | undefined {
  const m = DELAY.exec(text);
  if (!m) return undefined;
  const minDelay = Number(m[1]);
  const maxDelay = m[2] === undefined ? minDelay : Number(m[2]);
  if (maxDelay < minDelay || maxDelay > 3600) return undefined;
  return { minDelay, maxDelay };
}

export function waiterInputs(defaults: { delay: number; maxAttempts: number }): InputSpec[] {
  return [
    {
      id: 'delay',
      setting: true,
      name: 'Delay',
      unit: 's',
      label: 'Seconds between polls (boto3\'s Delay; "5-60" backs off from 5 to 60)',
      kind: 'text',
      initial: () => String(defaults.delay),
      validate: (v) => (parseDelay(v) ? undefined : 'Give seconds, e.g. 15, 0.5 or 5-60.'),
    },
    {
      id: 'maxAttempts',
      setting: true,
      name: 'MaxAttempts',
      label: 'Polls before giving up (boto3\'s MaxAttempts)',
      kind: 'text',
      initial: () => String(defaults.maxAttempts),
      validate: (v) => (/^\s*\d+\s*$/.test(v) && Number(v) >= 1 && Number(v) <= 10_000 ? undefined : 'Give a whole number from 1 to 10000.'),
    },
  ];
}

/** The config from the inputs (validated already); the defaults for what was not asked. */
export function configFrom(input: Record<string, string>, defaults: { delay: number; maxAttempts: number }): WaiterConfig {
  const d = parseDelay(input.delay ?? '') ?? { minDelay: defaults.delay, maxDelay: defaults.delay };
  const n = Number(input.maxAttempts);
  return { ...d, maxAttempts: Number.isInteger(n) && n >= 1 ? n : defaults.maxAttempts };
}

/** The waiter a target state is reached with, by its name in the service model (boto3: 'instance_stopped'). */
export function instanceWaiterName(target: 'running' | 'stopped' | 'terminated'): InstanceWaiterName {
  return target === 'running' ? 'InstanceRunning' : target === 'stopped' ? 'InstanceStopped' : 'InstanceTerminated';
}
