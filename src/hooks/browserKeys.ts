// The list's keys for the layout and for marks: the detail pane toggle, Enter on a leaf when the pane
// is hidden (its details as a full view), Space and the clear key. Kept apart from useBrowserInput so
// that file stays the one switch of moves and screens.
import type { Ctx, TreeNode } from '../data/tree';
import type { CommandId } from '../keys/keymap';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import { fit } from '../ui/fit';
import type { BrowserStore } from './useBrowser';
import type { Marks } from './useMarks';

export interface ExtraDeps {
  store: BrowserStore;
  /** Whether the detail pane is on screen now. */
  detailShown: boolean;
  toggleDetail(): void;
  marks: Marks;
  /** Y: the copy menu for the selected row (useYank). */
  yank?(node: TreeNode, ctx: Ctx): void;
}

type Notify = (text: string, level?: 'info' | 'ok' | 'error') => void;

/** Handles the command if it is one of these; false leaves it to the caller. */
export function handleExtraKey(
  command: CommandId | undefined,
  deps: ExtraDeps,
  selected: TreeNode | undefined,
  ctx: Ctx,
  move: (delta: number) => void,
  notify: Notify,
): boolean {
  switch (command) {
    case 'open':
      // A leaf has nothing to open; with the pane hidden, Enter is the way to its details.
      if (!selected || selected.type.children || deps.detailShown) return false;
      void showDetails(selected, ctx, deps.store, notify);
      return true;
    case 'detail.toggle':
      deps.toggleDetail();
      return true;
    case 'mark.toggle':
      if (!selected) return true;
      deps.marks.toggle(selected);
      move(1);
      return true;
    case 'mark.clear':
      if (!deps.marks.nodes.length) notify('Nothing is marked (Space marks a row).');
      deps.marks.clear();
      return true;
    case 'yank':
      if (!selected) notify('Nothing selected to copy.');
      else if (deps.yank) deps.yank(selected, ctx);
      return true;
    default:
      return false;
  }
}

/** The fields known from the listing, then the full record's: one scrollable view. */
export async function showDetails(node: TreeNode, ctx: Ctx, store: BrowserStore, notify: Notify): Promise<void> {
  let fields = node.type.describe?.(node) ?? [];
  let note = 'from the listing';
  if (node.type.details) {
    notify(`Loading the details of ${sanitize(node.label)}…`);
    try {
      fields = (await node.type.details(node, ctx, AbortSignal.timeout(30_000))).fields;
      note = 'the full record (y in the list: as the API sent it)';
    } catch (err) {
      const e = explain(err, node.label);
      notify(`${e.message} ${e.hint} (showing what the listing had)`, 'error');
    }
  }
  if (store.getState().notice?.level !== 'error') store.dispatch({ type: 'notify', notice: undefined });
  const width = Math.min(24, Math.max(4, ...fields.map((f) => f.label.length)));
  const lines = fields.length ? fields.map((f) => `${sanitize(f.label).padEnd(width)}  ${sanitize(f.value)}`) : ['(nothing known about it)'];
  store.dispatch({ type: 'open-modal', modal: { kind: 'text', title: `details · ${fit(node.label, 56, 'left', 'middle').trimEnd()}`, lines, note } });
}
