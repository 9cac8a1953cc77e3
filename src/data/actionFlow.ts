// The whole flow of one action: inputs, then confirmation, then the run. Nothing that mutates is sent
// before the confirmation has returned yes. Settings with a default (a waiter's Delay and MaxAttempts)
// are not asked first: the confirmation shows them, `e` there changes them, and the question comes back
// with the new values. An action on marked rows (manyActions.ts) asks through the same two steps.
import type { ActionEnv, ActionSpec, Dialogs, InputSpec } from './actions';
import type { CodeSubject } from './code/subject';
import type { Ctx, TreeNode } from './tree';
import { auditTargetOf, auditedJobs, type AuditEvent } from './audit';
import { explain } from './errors';
import { formatCount } from './format';
import { sanitize } from './sanitize';

/** The inputs that take their default unless the person changes them in the confirmation. */
export const settingsOf = (spec: ActionSpec): InputSpec[] => (spec.inputs ?? []).filter((f) => f.setting);

/** "Delay 15 s · MaxAttempts 40": the settings as the confirmation shows them. */
export function settingsLine(settings: InputSpec[], input: Record<string, string>): string {
  return settings.map((f) => `${f.name ?? f.label} ${sanitize((input[f.id] ?? '').trim())}${f.unit ? ` ${f.unit}` : ''}`).join(' · ');
}

/**
 * The inputs of an action on `nodes` (the selected row, or the marked ones when `many`): each field
 * asked in turn, except settings, which take their default without a prompt. Undefined when the
 * person cancelled a field.
 */
export async function askInputs(
  spec: ActionSpec,
  nodes: TreeNode[],
  ctx: Ctx,
  dialogs: Dialogs,
  many = false,
): Promise<Record<string, string> | undefined> {
  const first = nodes[0];
  const rows = `${formatCount(nodes.length)} rows`;
  const input: Record<string, string> = {};
  for (const field of spec.inputs ?? []) {
    const initial = (many ? field.initialMany?.(nodes, ctx) : undefined) ?? field.initial?.(first, ctx) ?? '';
    if (field.setting) {
      input[field.id] = initial;
      continue;
    }
    const value =
      field.kind === 'choice' && field.choices
        ? await dialogs.pick(many ? `${field.label} (${rows})` : field.label, (signal) => field.choices!(first, ctx, signal))
        : await dialogs.prompt(many ? `${spec.label} · ${rows}` : spec.label, field.label, initial, field.validate, field.complete);
    if (value === undefined) return undefined;
    input[field.id] = value;
  }
  return input;
}

/**
 * The yes/no question with the action's settings under it. `e` there asks each setting (validated; Esc
 * keeps the values as they were) and the same question comes back with the new values, its code too.
 * True once the person says yes to the values shown; `input` then holds them.
 */
export async function confirmAction(
  spec: ActionSpec,
  question: string,
  input: Record<string, string>,
  dialogs: Dialogs,
  code?: (input: Record<string, string>) => CodeSubject[] | undefined,
): Promise<boolean> {
  if (!settingsOf(spec).length) return dialogs.confirm(spec.label, question, code?.(input));
  // Dialogs that cannot offer the change (a scripted test) still say what will be used.
  const ask = dialogs.confirmSettings?.bind(dialogs);
  if (!ask) return dialogs.confirm(spec.label, `${question} (${settingsLine(settingsOf(spec), input)})`, code?.(input));
  // A waiter started by hand changes nothing in AWS: its question is not drawn as a danger.
  return withSettings(spec, input, dialogs, (line) => ask(spec.label, question, line, code?.(input), spec.mutates));
}

/**
 * The type-to-confirm question (terminate: type the id) with its settings under it: Ctrl-O there changes
 * them, as `e` does in a yes/no question, and the question comes back with the new values.
 */
export async function confirmTyped(
  spec: ActionSpec,
  question: string,
  expected: string,
  input: Record<string, string>,
  dialogs: Dialogs,
): Promise<boolean> {
  const settings = settingsOf(spec);
  const ask = dialogs.typeToConfirmSettings?.bind(dialogs);
  if (!settings.length || !ask) {
    const line = settings.length ? ` (${settingsLine(settings, input)})` : '';
    return dialogs.typeToConfirm(spec.label, `${question}${line}`, expected);
  }
  return withSettings(spec, input, dialogs, (line) => ask(spec.label, question, expected, line));
}

/** Asks until yes or no; each 'settings' answer prompts every setting (Esc keeps the rest as they were). */
async function withSettings(
  spec: ActionSpec,
  input: Record<string, string>,
  dialogs: Dialogs,
  ask: (settingsLine: string) => Promise<boolean | 'settings'>,
): Promise<boolean> {
  const settings = settingsOf(spec);
  for (;;) {
    const answer = await ask(settingsLine(settings, input));
    if (answer !== 'settings') return answer;
    for (const field of settings) {
      const value = await dialogs.prompt(spec.label, field.label, input[field.id] ?? '', field.validate, field.complete);
      if (value === undefined) break;
      input[field.id] = value;
    }
  }
}

/**
 * The whole flow of one action: inputs, then confirmation, then the run. Nothing that mutates is
 * sent before the confirmation step has returned yes. Returns what happened, for the status line.
 */
export async function runAction(
  spec: ActionSpec,
  base: Omit<ActionEnv, 'input'>,
  dialogs: Dialogs,
  audit: (event: AuditEvent) => void = () => {},
): Promise<{ status: 'done' | 'cancelled' }> {
  const { node, ctx } = base;
  const session = ctx.session;
  const identity = session?.identity.state;
  const described = spec.describeTarget?.(node, ctx) ?? auditTargetOf(node);
  const what = { ...described, region: described.region ?? session?.region };
  const event = (phase: AuditEvent['phase'], more: Partial<AuditEvent> = {}) =>
    audit({
      phase,
      command: spec.command,
      label: spec.label,
      target: node.id,
      mutates: spec.mutates,
      at: Date.now(),
      profile: session?.profile.name,
      account: identity && 'account' in identity ? identity.account : undefined,
      what,
      ...more,
    });
  // Jobs the run starts (a waiter, a batch delete) outlive it: their end is audited too.
  const jobs = auditedJobs(base.jobs, (status, detail) => event('ended', { outcome: detail ? `${status}: ${detail}` : status }));
  try {
    const result = await runFlow(spec, { ...base, jobs }, dialogs, () => event('confirmed'));
    if (result.status === 'cancelled') event('cancelled', { outcome: 'cancelled before anything was sent' });
    else event('done', { created: result.created, outcome: result.outcome ?? 'done' });
    return { status: result.status };
  } catch (err) {
    event('failed', { outcome: explain(err).message });
    throw err;
  }
}

async function runFlow(
  spec: ActionSpec,
  base: Omit<ActionEnv, 'input'>,
  dialogs: Dialogs,
  confirmed: () => void,
): Promise<{ status: 'done' | 'cancelled'; created?: string[]; outcome?: string }> {
  const { node, ctx } = base;
  const input = await askInputs(spec, [node], ctx, dialogs);
  if (!input) return { status: 'cancelled' };
  const prepared = spec.prepare ? await spec.prepare(base) : undefined;
  if (prepared?.stop !== undefined) {
    base.notify(prepared.stop);
    return { status: 'done', outcome: `nothing to do: ${prepared.stop}` };
  }
  const text = spec.confirmText?.(node) ?? node.label;
  const settings = settingsOf(spec);
  if (spec.confirm === 'type') {
    if (!(await confirmTyped(spec, prepared?.question ?? spec.question?.(node, input) ?? `${spec.label}: ${text}?`, text, input, dialogs))) return { status: 'cancelled' };
  } else if (spec.confirm === 'yes' || spec.mutates || settings.length) {
    // An action asked only for its settings (a hand-started waiter) says what it will do with the rest.
    const asked = (spec.inputs ?? []).filter((f) => !f.setting).map((f) => sanitize(input[f.id] ?? ''));
    const fallback = spec.confirm === 'none' && asked.length ? `${spec.label}: ${text} (${asked.join(', ')})?` : `${spec.label}: ${text}?`;
    const question = prepared?.question ?? spec.question?.(node, input) ?? fallback;
    if (!(await confirmAction(spec, question, input, dialogs, (given) => base.codeFor?.(spec, node, given)))) return { status: 'cancelled' };
  }
  confirmed();
  const result = await spec.run({ ...base, input, prepared: prepared?.data });
  return { status: 'done', created: result ? result.created : undefined };
}
