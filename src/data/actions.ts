// Actions are data on node types: what the person can do to the selected node (delete an object,
// stop an instance) or to the listing in view (launch an instance, delete by prefix). The UI offers
// the ones that apply, asks for confirmation and inputs as the spec says, and never offers a
// mutating one in read-only mode.
import type { Ctx, TreeNode } from './tree';
import type { CodeSubject } from './code/subject';
import type { Completion } from './pathComplete';
import type { JobRegistry } from './jobs';
import type { AuditTarget } from './audit';

export { auditLine, auditTargetOf, type AuditEvent, type AuditTarget } from './audit';
export { askInputs, confirmAction, runAction, settingsLine, settingsOf, confirmTyped } from './actionFlow';

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
  /**
   * A setting with a default that needs no prompt (a waiter's Delay and MaxAttempts): it takes
   * `initial`, the confirmation shows it ("Delay 15 s"), and the person changes it there (`e`).
   */
  setting?: boolean;
  /** A setting's short name in the confirmation ("Delay"), and its unit ("s"). */
  name?: string;
  unit?: string;
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
  /** The confirmation's question; `input`: what the person gave (a launch repeats AMI, type, Name). */
  question?(node: TreeNode, input?: Record<string, string>): string;
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
  /**
   * A yes/no question with the action's settings shown under it (`settings`: "Delay 15 s · MaxAttempts
   * 40"): 'settings' when the person asks to change them. Without it (a scripted test) the settings
   * are only said in the question.
   */
  confirmSettings?(title: string, message: string, settings: string, code?: CodeSubject[], changesAws?: boolean): Promise<boolean | 'settings'>;
  /** The same for a question answered by typing `expected` (terminate): 'settings' to change them. */
  typeToConfirmSettings?(title: string, message: string, expected: string, settings: string): Promise<boolean | 'settings'>;
}
