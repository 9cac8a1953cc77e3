// Actions are data on node types: what the person can do to the selected node (delete an object,
// stop an instance) or to the listing in view (launch an instance, delete by prefix). The UI offers
// the ones that apply, asks for confirmation and inputs as the spec says, and never offers a
// mutating one in read-only mode.
import type { Ctx, TreeNode } from './tree';
import type { JobRegistry } from './jobs';

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
  /** Choice fields: the options, fetched when the form opens. */
  choices?(node: TreeNode, ctx: Ctx, signal: AbortSignal): Promise<Choice[]>;
  /** A message when the value is not acceptable. */
  validate?(value: string): string | undefined;
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
  /** Undefined when the action applies; otherwise why it is unavailable (shown in help). */
  unavailable?(node: TreeNode): string | undefined;
  run(env: ActionEnv): Promise<void>;
}

/** The actions the person may use here. Read-only removes every mutating one (k9s: not bound). */
export function availableActions(specs: ActionSpec[] | undefined, node: TreeNode | undefined, readonly: boolean): ActionSpec[] {
  if (!specs || !node) return [];
  return specs.filter((a) => !(readonly && a.mutates) && !a.unavailable?.(node));
}

/** How an action asks the person things; the UI implements it with dialogs, tests with a script. */
export interface Dialogs {
  confirm(title: string, message: string): Promise<boolean>;
  typeToConfirm(title: string, message: string, expected: string): Promise<boolean>;
  prompt(title: string, label: string, initial: string, validate?: (v: string) => string | undefined): Promise<string | undefined>;
  pick(title: string, choices: (signal: AbortSignal) => Promise<Choice[]>): Promise<string | undefined>;
}

/**
 * The whole flow of one action: inputs, then confirmation, then the run. Nothing that mutates is
 * sent before the confirmation step has returned yes. Returns what happened, for the status line.
 */
export async function runAction(
  spec: ActionSpec,
  base: Omit<ActionEnv, 'input'>,
  dialogs: Dialogs,
): Promise<{ status: 'done' | 'cancelled' }> {
  const { node, ctx } = base;
  const input: Record<string, string> = {};
  for (const field of spec.inputs ?? []) {
    const value =
      field.kind === 'choice' && field.choices
        ? await dialogs.pick(field.label, (signal) => field.choices!(node, ctx, signal))
        : await dialogs.prompt(spec.label, field.label, field.initial?.(node, ctx) ?? '', field.validate);
    if (value === undefined) return { status: 'cancelled' };
    input[field.id] = value;
  }
  const text = spec.confirmText?.(node) ?? node.label;
  const question = spec.question?.(node) ?? `${spec.label}: ${text}?`;
  if (spec.confirm === 'yes' || (spec.mutates && spec.confirm === 'none')) {
    if (!(await dialogs.confirm(spec.label, question))) return { status: 'cancelled' };
  } else if (spec.confirm === 'type') {
    if (!(await dialogs.typeToConfirm(spec.label, question, text))) return { status: 'cancelled' };
  }
  await spec.run({ ...base, input });
  return { status: 'done' };
}
