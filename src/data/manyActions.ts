// One action on every marked row: the inputs asked once (settings take their defaults, changed from
// the confirmation, as for one row: actionFlow.ts), one confirmation that says how many and
// which (the first few), then the action's own `runMany`, or its `run` for each row in turn. Rows it
// does not apply to (stop on a terminated instance) are left out and said so before anything is sent.
import { formatCount } from './format';
import { sanitize } from './sanitize';
import { explain } from './errors';
import { auditedJobs } from './audit';
import { askInputs, auditTargetOf, confirmAction, confirmTyped, type ActionEnv, type ActionSpec, type AuditEvent, type Dialogs } from './actions';
import type { TreeNode } from './tree';
import { keyOf } from '../keys/keymap';

/** What a `prepareMany` found before the one confirmation (a delete: whether the bucket keeps versions). */
export interface PreparedMany {
  /** Said after "Delete object 3 marked rows: a, b, c?" (the delete only adds markers). */
  note?: string;
  /** Nothing to do: said in the status line, and nothing is sent. */
  stop?: string;
  /** Given to runMany as `prepared`. */
  data?: unknown;
}

/**
 * An action with a runMany may also look before the one confirmation, for all the marked rows at once
 * (ActionSpec.prepare is one row's: a folder's count). Must not change anything.
 */
export interface ManyActionSpec extends ActionSpec {
  prepareMany?(env: Omit<ActionEnv, 'input' | 'prepared' | 'node'> & { nodes: TreeNode[] }): Promise<PreparedMany>;
}

const NAMED = 3;

/** "web-1, web-2, worker and 4 more" */
export function namesOf(nodes: TreeNode[], named = NAMED): string {
  const names = nodes.slice(0, named).map((n) => sanitize(n.label || n.id));
  const rest = nodes.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${formatCount(rest)} more` : names.join(', ');
}

export async function runActionOnMany(
  spec: ManyActionSpec,
  base: Omit<ActionEnv, 'input' | 'node'>,
  marked: TreeNode[],
  dialogs: Dialogs,
  audit: (event: AuditEvent) => void = () => {},
): Promise<{ status: 'done' | 'cancelled' | 'refused'; ran: number; failed: number }> {
  // Only rows of a kind that has this very action (a marked folder has its own Ctrl-D, a prefix delete).
  const fits = (n: TreeNode) => (n.type.actions ?? []).includes(spec) && !spec.unavailable?.(n);
  const why = (n: TreeNode) => ((n.type.actions ?? []).includes(spec) ? spec.unavailable?.(n) : undefined) ?? `${sanitize(n.label)} is not a row it applies to`;
  const nodes = marked.filter(fits);
  const skipped = marked.length - nodes.length;
  // Nothing ran and nothing was asked: the marks stay, so the person can pick another action for them.
  const none = { status: 'refused' as const, ran: 0, failed: 0 };
  if (!nodes.length) {
    base.notify(`${spec.label}: it applies to none of the ${formatCount(marked.length)} marked rows (${why(marked[0])}).`, 'error');
    return none;
  }
  // A prepare step (a folder's count before a prefix delete) is one row's: several need runMany.
  if (spec.prepare && !spec.runMany) {
    base.notify(`${spec.label} works on one row at a time: ${keyOf('mark.clear')} clears the marks.`, 'error');
    return none;
  }
  const first = nodes[0];
  // The same steps as one row's (actionFlow.ts): fields asked once, settings (Delay, MaxAttempts) by default.
  const input = await askInputs(spec, nodes, base.ctx, dialogs, true);
  if (!input) return { status: 'cancelled', ran: 0, failed: 0 };
  const prepared = spec.runMany && spec.prepareMany ? await spec.prepareMany({ ...base, nodes }) : undefined;
  if (prepared?.stop !== undefined) {
    base.notify(prepared.stop);
    return none;
  }
  const count = formatCount(nodes.length);
  // What was typed goes in the question too (where the downloads go, the copy's destination), as for one row.
  const given = (spec.inputs ?? []).filter((f) => !f.setting && input[f.id]).map((f) => sanitize(input[f.id]));
  const question =
    `${spec.label} ${count} marked row${nodes.length === 1 ? '' : 's'}: ${namesOf(nodes)}${given.length ? ` (${given.join(', ')})` : ''}?` +
    (skipped ? ` (${formatCount(skipped)} marked left out: ${why(marked.find((n) => !fits(n))!)}.)` : '') +
    (prepared?.note ? ` ${prepared.note}` : '');
  if (spec.confirm === 'type') {
    if (!(await confirmTyped(spec, `${question} Type ${count} to confirm.`, String(nodes.length), input, dialogs))) return { status: 'cancelled', ran: 0, failed: 0 };
  } else if (spec.confirm === 'yes' || spec.mutates || nodes.length > 1) {
    if (!(await confirmAction(spec, question, input, dialogs))) return { status: 'cancelled', ran: 0, failed: 0 };
  }
  const session = base.ctx.session;
  const event = (phase: AuditEvent['phase'], n: TreeNode) => {
    const what = spec.describeTarget?.(n, base.ctx) ?? auditTargetOf(n);
    audit({
      phase, command: spec.command, label: spec.label, target: n.id, mutates: spec.mutates, at: Date.now(),
      profile: session?.profile.name, what: { ...what, region: what.region ?? session?.region }, outcome: phase === 'confirmed' ? undefined : phase,
    });
  };
  for (const n of nodes) event('confirmed', n);
  if (spec.runMany) {
    try {
      // The jobs it starts (a batch delete) end later: how they ended is audited once, for the batch.
      const jobs = auditedJobs(base.jobs, (status, detail) =>
        audit({
          phase: 'ended', command: spec.command, label: spec.label, target: `${count} marked rows`, mutates: spec.mutates, at: Date.now(),
          profile: session?.profile.name, what: { region: session?.region, bucket: auditTargetOf(first).bucket }, outcome: detail ? `${status}: ${detail}` : status,
        }),
      );
      await spec.runMany({ ...base, jobs, node: first, nodes, input, prepared: prepared?.data });
      for (const n of nodes) event('done', n);
      return { status: 'done', ran: nodes.length, failed: 0 };
    } catch (err) {
      for (const n of nodes) event('failed', n);
      throw err;
    }
  }
  let failed = 0;
  let firstError = '';
  for (const n of nodes) {
    if (base.signal.aborted) break;
    try {
      await spec.run({ ...base, node: n, input });
      event('done', n);
    } catch (err) {
      failed++;
      event('failed', n);
      if (!firstError) firstError = `${sanitize(n.label || n.id)}: ${explain(err, n.label).message}`;
    }
  }
  const ran = nodes.length - failed;
  base.notify(
    `${spec.label}: ${formatCount(ran)} of ${count} sent${failed ? `, ${formatCount(failed)} failed (${firstError})` : ''}${skipped ? `, ${formatCount(skipped)} left out` : ''}.`,
    failed ? 'error' : 'ok',
  );
  return { status: 'done', ran, failed };
}
