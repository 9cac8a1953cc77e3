// The two views that fetch before they open: the raw view (y, the API record as sent) and a leaf's
// details (Enter with the pane hidden). One request at a time: a new one, or the person leaving the
// listing (useBrowserInput aborts on a change of screen), aborts the one in flight, and a view whose
// request was aborted never opens over the screen the person went to.
import type { Ctx, TreeNode } from '../../data/tree';
import { rawCaption, rawLines } from '../../data/raw';
import { explain } from '../../data/errors';
import { sanitize } from '../../data/sanitize';
import { keyOf } from '../../keys/keymap';
import { cells, fit } from '../fit';
import type { BrowserStore } from '../useBrowser';
import type { Notify } from './dispatch';

const TIMEOUT_MS = 30_000;

export class RecordViews {
  private inflight: AbortController | undefined;

  constructor(private readonly store: BrowserStore, private readonly notify: Notify) {}

  /** Stops the request in flight, if any (the person left the listing it was for). */
  abort(): void {
    this.inflight?.abort();
    this.inflight = undefined;
  }

  /**
   * A signal for a new request (the previous one is aborted), and whether the person left: then
   * nothing is shown (a timeout, by contrast, is an error to report).
   */
  private begin(): { signal: AbortSignal; left(): boolean } {
    this.abort();
    const ctrl = new AbortController();
    this.inflight = ctrl;
    return { signal: AbortSignal.any([ctrl.signal, AbortSignal.timeout(TIMEOUT_MS)]), left: () => ctrl.signal.aborted };
  }

  async raw(node: TreeNode, ctx: Ctx): Promise<void> {
    const { signal, left } = this.begin();
    try {
      // Nodes with no API record of their own (a profile, a folder) show what is known of them.
      const raw = node.type.details
        ? (await node.type.details(node, ctx, signal)).raw
        : Object.fromEntries((node.type.describe?.(node) ?? []).map((f) => [f.label, f.value]));
      if (left()) return;
      // The caption names the request that produced the record (the code view shows the same request).
      this.store.dispatch({ type: 'open-modal', modal: { kind: 'text', title: `raw · ${sanitize(node.label)}`, lines: rawLines(raw), note: rawCaption(node, ctx) } });
    } catch (err) {
      if (left()) return;
      const e = explain(err, node.label);
      this.notify(`${e.message} ${e.hint}`, 'error');
    }
  }

  /** The fields known from the listing, then the full record's: one scrollable view. */
  async details(node: TreeNode, ctx: Ctx): Promise<void> {
    let fields = node.type.describe?.(node) ?? [];
    let note = 'from the listing';
    const { signal, left } = this.begin();
    if (node.type.details) {
      this.notify(`Loading the details of ${sanitize(node.label)}…`);
      try {
        fields = (await node.type.details(node, ctx, signal)).fields;
        note = `the full record (${keyOf('raw')} in the list: as the API sent it)`;
      } catch (err) {
        if (left()) return;
        const e = explain(err, node.label);
        this.notify(`${e.message} ${e.hint} (showing what the listing had)`, 'error');
      }
    }
    if (left()) return;
    const { store } = this;
    if (store.getState().notice?.level !== 'error') store.dispatch({ type: 'notify', notice: undefined });
    // Labels padded by display width (a CJK label takes two cells a character), as drawn (sanitised).
    const width = Math.min(24, Math.max(4, ...fields.map((f) => cells(f.label))));
    const lines = fields.length ? fields.map((f) => `${fit(f.label, width)}  ${sanitize(f.value)}`) : ['(nothing known about it)'];
    store.dispatch({ type: 'open-modal', modal: { kind: 'text', title: `details · ${fit(node.label, 56, 'left', 'middle').trimEnd()}`, lines, note } });
  }
}
