// Actions are data on node types: what the person can do to the selected node (delete an object,
// stop an instance) or to the listing in view (launch an instance, delete by prefix). The UI offers
// the ones that apply, asks for confirmation and inputs as the spec says, and never offers a
// mutating one in read-only mode.
import type { Ctx, TreeNode } from './tree';
import type { CodeSubject } from './code/subject';
import type { Completion } from './pathComplete';
import type { JobRegistry, JobRunner, JobStatus } from './jobs';
import { explain } from './errors';
import { sanitize } from './sanitize';

export interface Choice {
  value: string;
  label: string;
}

export interface InputSpec {
  id: string;
  label: string;
  kind: 'text' | 'choice';
  /** Text fields: the value offered (the person may edit it). */
  initial?(node: TreeNode, ctx: Ctx): string;
  /** The value offered when the action goes to several marked rows (a folder, not one file's name). */
  initialMany?(nodes: TreeNode[], ctx: Ctx): string;
  /** Choice fields: the options, fetched when the form opens. */
  choices?(node: TreeNode, ctx: Ctx, signal: AbortSignal): Promise<Choice[]>;
  /** A message when the value is not acceptable. */
  validate?(value: string): string | undefined;
  /** Tab in a text field: as much completed as is certain, and what is still possible (a path). */
  complete?(value: string): Promise<Completion>;
}

export interface ActionEnv {
  node: TreeNode;
  ctx: Ctx;
  input: Record<string, string>;
  signal: AbortSignal;
  jobs: JobRegistry;
  /** A one-line message in the status line. */
  notify(text: string, level?: 'info' | 'ok' | 'error'): void;
  /** Re-read the listing in view (keeps the cursor). */
  refresh(): void;
  /** Ask the person a yes/no question mid-action (e.g. "overwrite the file?"). */
  ask(question: string): Promise<boolean>;
  /** Show lines in the scrollable text view (an object's preview). Lines arrive sanitised. */
  show?(title: string, lines: string[], note?: string): void;
  /** Open a node as a screen: pushed (the versions of an object), or in place of the one in view (a view toggle). */
  open?(node: TreeNode, how?: 'push' | 'replace'): void;
  /** What `prepare` found (a batch delete's count). */
  prepared?: unknown;
  /**
   * Patches loaded rows wherever they are on screen, in place (a waiter saw an instance change state).
   * Safe to call long after the action ended: it reaches the listings open at the time of the call.
   */
  update?(replace: (node: TreeNode) => TreeNode | undefined): void;
  /** Asks yes/no later, from a job (the object arrived: jump to it?), once no other dialog is open. */
  offer?(question: string, accept: () => void): void;
  /**
   * The action about to run as code (AWS CLI, boto3, JS SDK), with the inputs given (a waiter's Delay and
   * MaxAttempts): the confirmation offers it. Undefined when the action has no request of that form.
   */
  codeFor?(spec: ActionSpec, node: TreeNode, input: Record<string, string>): CodeSubject[] | undefined;
}

/** What an action's `prepare` step found out before the confirmation. */
export interface Prepared {
  /** The confirmation's question, now with what was found ("Delete 5,000 objects under logs/?"). */
  question?: string;
  /** Nothing to do (an empty prefix): said in the status line, and the action ends there. */
  stop?: string;
  data?: unknown;
}

export interface ActionSpec {
  /** The keymap command this action is bound to (e.g. 'action.delete'). */
  command: string;
  label: string;
  /** Changes something in AWS: confirmed first, never offered in read-only mode. */
  mutates: boolean;
  /** 'yes': y/n; 'type': the person types `confirmText` (terminate, delete by prefix); 'none'. */
  confirm: 'none' | 'yes' | 'type';
  /** What the confirmation says / what must be typed. Defaults to the node's label. */
  confirmText?(node: TreeNode): string;
  question?(node: TreeNode): string;
  inputs?: InputSpec[];
  /**
   * Runs after the inputs, before the confirmation: finds out what the action would touch (a batch
   * delete counts the keys first), so the person confirms knowing it. Must not change anything.
   */
  prepare?(env: Omit<ActionEnv, 'input' | 'prepared'>): Promise<Prepared>;
  /** Undefined when the action applies; otherwise why it is unavailable (shown in help). */
  unavailable?(node: TreeNode): string | undefined;
  /** What it changes, for the audit trail. Defaults to what the node's record names (auditTargetOf). */
  describeTarget?(node: TreeNode, ctx: Ctx): AuditTarget;
  /** May say what it made (a launch: the instance ids), for the audit trail. */
  run(env: ActionEnv): Promise<void | RunResult>;
  /**
   * The action on several marked rows at once (a copy of many keys in one job, a delete in batches of
   * 1,000). Without it, marked rows get `run` one by one after a single confirmation (manyActions.ts).
   */
  runMany?(env: ActionEnv & { nodes: TreeNode[] }): Promise<void>;
}

export interface RunResult {
  /** Ids of what the run created. */
  created?: string[];
}

/** The actions the person may use here. Read-only removes every mutating one (k9s: not bound). */
export function availableActions(specs: ActionSpec[] | undefined, node: TreeNode | undefined, readonly: boolean): ActionSpec[] {
  if (!specs || !node) return [];
  return specs.filter((a) => !(readonly && a.mutates) && !a.unavailable?.(node));
}

/** How an action asks the person things; the UI implements it with dialogs, tests with a script. */
export interface Dialogs {
  /** `code`: the action as code, which the question can show (C) before it is answered. */
  confirm(title: string, message: string, code?: CodeSubject[]): Promise<boolean>;
  typeToConfirm(title: string, message: string, expected: string): Promise<boolean>;
  prompt(
    title: string,
    label: string,
    initial: string,
    validate?: (v: string) => string | undefined,
    complete?: (v: string) => Promise<Completion>,
  ): Promise<string | undefined>;
  pick(title: string, choices: (signal: AbortSignal) => Promise<Choice[]>): Promise<string | undefined>;
}

/**
 * The whole flow of one action: inputs, then confirmation, then the run. Nothing that mutates is
 * sent before the confirmation step has returned yes. Returns what happened, for the status line.
 */
/** What an action changes, named: the audit trail says it, not a node id. Raw values, as AWS has them. */
export interface AuditTarget {
  region?: string;
  bucket?: string;
  key?: string;
  versionId?: string;
  prefix?: string;
  instances?: string[];
}

/**
 * What happened to one action, in order: the audit trail. `confirmed` comes before anything the
 * action sends; a mutating call with no `confirmed` before it is a bug (the monkey test checks it).
 * `done` is the run's end; work it left running as a job (a waiter, a batch delete) ends in `ended`.
 */
export interface AuditEvent {
  phase: 'confirmed' | 'cancelled' | 'done' | 'failed' | 'ended';
  command: string;
  label: string;
  /** The node acted on (raw text from AWS: sanitise before showing or logging). */
  target: string;
  mutates: boolean;
  at: number;
  profile?: string;
  account?: string;
  /** What was changed; its region, else the session's. */
  what?: AuditTarget;
  /** Ids the run created (a launch). */
  created?: string[];
  /** How it ended: "done", what went wrong, a job's status and last line. */
  outcome?: string;
}

type Rec = { bucket?: string; name?: string; region?: string; prefix?: string; key?: string; entry?: { key?: string; versionId?: string }; instance?: { InstanceId?: string } };

/** What a node's record names: the bucket and key or prefix of S3 nodes, the id of an instance, the region. */
export function auditTargetOf(node: TreeNode): AuditTarget {
  const r = (node.record ?? {}) as Rec;
  const t: AuditTarget = {};
  if (r.region) t.region = r.region;
  const bucket = r.bucket ?? (node.type.name === 's3.bucket' ? r.name : undefined);
  if (bucket !== undefined) t.bucket = bucket;
  const key = r.entry?.key ?? r.key;
  if (key !== undefined) t.key = key;
  if (r.entry?.versionId) t.versionId = r.entry.versionId;
  if (key === undefined && r.prefix !== undefined) t.prefix = r.prefix;
  if (r.instance?.InstanceId) t.instances = [r.instance.InstanceId];
  return t;
}

/** One line of the log for an event, every outside value sanitised: `audit: done: Delete · profile dev · …`. */
export function auditLine(e: AuditEvent): string {
  const w = e.what ?? {};
  const parts: [string, string | undefined][] = [
    ['profile', e.profile],
    ['account', e.account],
    ['region', w.region],
    ['bucket', w.bucket],
    ['key', w.key],
    ['version', w.versionId],
    ['prefix', w.prefix === '' ? '(all)' : w.prefix],
    ['instances', w.instances?.join(',')],
    ['created', e.created?.join(',')],
    ['outcome', e.outcome],
  ];
  const named = parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return sanitize(['audit: ' + `${e.phase}: ${e.label}`, ...named].join(' · '));
}

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

/** The registry, with the end of every job started through it reported. */
function auditedJobs(registry: JobRegistry, ended: (status: JobStatus, detail: string) => void): JobRegistry {
  const start = (title: string, kind: string, unit: string, run: JobRunner) =>
    registry.start(title, kind, unit, async (job) => {
      let detail = '';
      const control = { signal: job.signal, update: (patch: Parameters<typeof job.update>[0]) => (patch.detail !== undefined && (detail = patch.detail), job.update(patch)) };
      try {
        const status = await run(control);
        ended(job.signal.aborted ? 'cancelled' : (status ?? 'succeeded'), detail);
        return status;
      } catch (err) {
        ended(job.signal.aborted ? 'cancelled' : 'failed', job.signal.aborted ? detail : explain(err).message);
        throw err;
      }
    });
  return new Proxy(registry, {
    get(target, prop) {
      if (prop === 'start') return start;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function runFlow(
  spec: ActionSpec,
  base: Omit<ActionEnv, 'input'>,
  dialogs: Dialogs,
  confirmed: () => void,
): Promise<{ status: 'done' | 'cancelled'; created?: string[]; outcome?: string }> {
  const { node, ctx } = base;
  const input: Record<string, string> = {};
  for (const field of spec.inputs ?? []) {
    const value =
      field.kind === 'choice' && field.choices
        ? await dialogs.pick(field.label, (signal) => field.choices!(node, ctx, signal))
        : await dialogs.prompt(spec.label, field.label, field.initial?.(node, ctx) ?? '', field.validate, field.complete);
    if (value === undefined) return { status: 'cancelled' };
    input[field.id] = value;
  }
  const prepared = spec.prepare ? await spec.prepare(base) : undefined;
  if (prepared?.stop !== undefined) {
    base.notify(prepared.stop);
    return { status: 'done', outcome: `nothing to do: ${prepared.stop}` };
  }
  const text = spec.confirmText?.(node) ?? node.label;
  const question = prepared?.question ?? spec.question?.(node) ?? `${spec.label}: ${text}?`;
  if (spec.confirm === 'yes' || (spec.mutates && spec.confirm === 'none')) {
    if (!(await dialogs.confirm(spec.label, question, base.codeFor?.(spec, node, input)))) return { status: 'cancelled' };
  } else if (spec.confirm === 'type') {
    if (!(await dialogs.typeToConfirm(spec.label, question, text))) return { status: 'cancelled' };
  }
  confirmed();
  const result = await spec.run({ ...base, input, prepared: prepared?.data });
  return { status: 'done', created: result ? result.created : undefined };
}
