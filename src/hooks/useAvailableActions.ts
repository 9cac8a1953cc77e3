// Which actions the keys offer here, and why each of the others is off: the selected row's actions
// (or, with rows marked, those that fit any marked row) and the listing's, read-only applied. The
// reasons are the ones the status line gives when the key is pressed and the help screen lists.
import { useMemo } from 'react';
import { availableActions, type ActionSpec } from '../data/actions';
import type { TreeNode } from '../data/tree';
import { describeCommand, type CommandId } from '../keys/keymap';

/** What read-only says, for every mutating action (k9s: not bound at all). */
export const READ_ONLY = 'This profile is read-only: nothing that changes AWS is offered.';

export interface Availability {
  /** Actions that apply here (selected or marked rows', then the listing's), read-only already applied. */
  actions: ActionSpec[];
  /** Actions that exist here but are off, each with why. */
  withheld: { spec: ActionSpec; why: string }[];
  /** Why the action command's key does nothing here; undefined when an action of it is offered. */
  offReason(command: CommandId): string | undefined;
  /** The row a row action runs from (a marked row that has it, else the selected one); undefined for the listing's. */
  rowNode(spec: ActionSpec): TreeNode | undefined;
}

export function availability(selected: TreeNode | undefined, list: TreeNode, readonly: boolean, marked: readonly TreeNode[]): Availability {
  const listSpecs = list.type.listActions ?? [];
  // With rows marked, a row action goes to them: it is offered when it fits any of them (the rows it
  // does not fit are left out and named), whatever row the cursor is on — the marked rows' actions,
  // not the cursor's (objects marked, the cursor on a folder: Ctrl-D deletes the objects). Only rows
  // whose type has the action are asked (a marked version is no object: its record differs).
  const rowNodes = marked.length ? marked : selected ? [selected] : [];
  const rowSpecs = [...new Set(rowNodes.flatMap((n) => n.type.actions ?? []))];
  const fits = (a: ActionSpec, n: TreeNode) => (n.type.actions ?? []).includes(a) && availableActions([a], n, readonly).length > 0;
  const rowOk = rowSpecs.filter((a) => rowNodes.some((n) => fits(a, n)));
  const listOk = availableActions(listSpecs, list, readonly);
  const actions = [...rowOk, ...listOk];
  const why = (spec: ActionSpec, node: TreeNode | undefined): string => {
    if (readonly && spec.mutates) return READ_ONLY;
    const reason = node && spec.unavailable?.(node);
    return reason ? `Not here: ${reason}.` : `Not here: this key would ${describeCommand(spec.command as CommandId)}.`;
  };
  const rowWhy = (spec: ActionSpec) => why(spec, rowNodes.find((n) => (n.type.actions ?? []).includes(spec)) ?? selected);
  const withheld = [
    ...rowSpecs.filter((a) => !rowOk.includes(a)).map((spec) => ({ spec, why: rowWhy(spec) })),
    ...listSpecs.filter((a) => !listOk.includes(a)).map((spec) => ({ spec, why: why(spec, list) })),
  ];
  return {
    actions,
    withheld,
    offReason(command) {
      if (actions.some((a) => a.command === command)) return undefined;
      return withheld.find((w) => w.spec.command === command)?.why ?? `Not here: this key would ${describeCommand(command)}.`;
    },
    rowNode: (spec) => rowNodes.find((n) => (n.type.actions ?? []).includes(spec)),
  };
}

/**
 * `listError`: the listing's error, only as a dependency: a listing that fails can change what is on
 * offer without any row changing (a bucket that answered AccessDenied withholds its mutating actions).
 */
export function useAvailableActions(
  selected: TreeNode | undefined, list: TreeNode, readonly: boolean, marked: readonly TreeNode[], listError?: unknown,
): Availability {
  return useMemo(() => availability(selected, list, readonly, marked), [selected, list, readonly, marked, listError]);
}
