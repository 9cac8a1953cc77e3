// Keys → commands (through the keymap) → state changes. Exactly one part owns the keys at a time:
// a dialog, then help, the filter prompt, the jobs panel, then the list.
import { useApp } from 'ink';
import { useKeys, keyName } from './useKeys';
import { useRef } from 'react';
import type { ActionSpec, Dialogs } from '../data/actions';
import type { JobRegistry } from '../data/jobs';
import type { Ctx, TreeNode } from '../data/tree';
import { rawCaption, rawLines } from '../data/raw';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import { commandFor, keymap, type CommandId } from '../keys/keymap';
import { helpLines } from '../ui/helpLines';
import { nextSort } from '../data/sort';
import { startCount } from '../data/collection/countJob';
import { counts } from '../data/collection/count';
import type { BrowserStore } from './useBrowser';
import type { Rows } from './useRows';
import type { SessionSwitcher } from './useSessionSwitch';
import { handleExtraKey, type ExtraDeps } from './browserKeys';
import { shownJobs } from '../ui/jobOrder';
import { openCode } from './codeCommands';
import { copyToClipboard } from '../data/clipboard';
import { openInBrowser } from '../data/sso/handoff';

export interface InputDeps {
  store: BrowserStore;
  rows: Rows;
  pageHeight: number;
  jobs: JobRegistry;
  dialogs: Dialogs;
  /** Actions that apply here (selected row's, then the listing's), read-only already applied. */
  actions: ActionSpec[];
  /** Actions that exist here but read-only mode withholds (to say why the key did nothing). */
  withheld: ActionSpec[];
  runAction(spec: ActionSpec, node: TreeNode, ctx: Ctx): void;
  /** p / R and :profile / :region (absent when the app has no profiles to switch between). */
  sessions?: SessionSwitcher;
  /** The detail pane toggle, marks and yank (browserKeys.ts). */
  extra?: ExtraDeps;
}

export function useBrowserInput(deps: InputDeps) {
  const { exit } = useApp();
  // Ink swaps the input handler in an effect, after the frame is drawn: a key that arrives in between
  // would see the previous render. State comes from the store (always current); the rest from the
  // latest render, through this ref.
  const latest = useRef(deps);
  latest.current = deps;

  useKeys((input, key) => {
    const { store, rows, pageHeight, jobs, dialogs, actions, withheld, runAction, sessions } = latest.current;
    const { dispatch } = store;
    const state = store.getState();
    if (state.modal) return; // the dialog's own input hook has the keys
    if (state.mode === 'command') return; // so has the `:` line (CommandLine)
    const frame = state.stack[state.stack.length - 1];
    const name = keyName(input, key);
    const by = (delta: number) => dispatch({ type: 'move-by', delta, count: rows.count, height: pageHeight });
    const to = (index: number) => dispatch({ type: 'move-to', index, count: rows.count, height: pageHeight });
    const notify = (text: string, level: 'info' | 'ok' | 'error' = 'info') => dispatch({ type: 'notify', notice: { text, level } });

    if (state.mode === 'filter') {
      switch (commandFor('filter', name)) {
        case 'filter.accept':
          return dispatch({ type: 'set-mode', mode: 'browse' });
        case 'filter.clear':
          dispatch({ type: 'set-filter', text: '' });
          return dispatch({ type: 'set-mode', mode: 'browse' });
        case 'filter.erase':
          return dispatch({ type: 'set-filter', text: frame.filter.slice(0, -1) });
      }
      // Printable text only: a stray escape sequence must not end up in the filter.
      if (input && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input)) {
        dispatch({ type: 'set-filter', text: frame.filter + input });
      }
      return;
    }
    if (state.mode === 'jobs') {
      const list = shownJobs(jobs.jobs);
      const job = list[Math.min(state.jobCursor, list.length - 1)];
      switch (commandFor('jobs', name)) {
        case 'jobs.up':
          return dispatch({ type: 'job-cursor', index: Math.max(0, state.jobCursor - 1) });
        case 'jobs.down':
          return dispatch({ type: 'job-cursor', index: Math.min(list.length - 1, state.jobCursor + 1) });
        case 'jobs.cancel':
          if (job) jobs.cancel(job.id);
          return;
        case 'jobs.dismiss':
          if (job) jobs.dismiss(job.id);
          if (shownJobs(jobs.jobs).length === 0) dispatch({ type: 'set-mode', mode: 'browse' });
          return;
        case 'jobs.back':
          return dispatch({ type: 'set-mode', mode: 'browse' });
        case 'jobs.code':
          if (!job?.request) return notify('This job has no request to show as code (a state change and its waiter has).');
          return dispatch({ type: 'open-modal', modal: { kind: 'code', subjects: [{ title: `${sanitize(job.title)} (${job.request.operation} + wait)`, request: job.request }] } });
        case 'jobs.copy':
          if (!job?.link) return notify('Only a sign-in job has a code to copy.');
          return notify(
            copyToClipboard(job.link.code ?? job.link.url) ? `Copied ${sanitize(job.link.code ?? job.link.url)} (OSC 52).` : 'No terminal to copy to: the code is on screen.',
          );
        case 'jobs.open':
          if (!job?.link) return notify('Only a sign-in job has a page to open.');
          return notify(openInBrowser(job.link.url) ? 'Opened the sign-in page in the browser.' : `No browser here: open ${sanitize(job.link.url)} on any device.`);
        case 'jobs.show':
          if (!job) return;
          return dispatch({
            type: 'open-modal',
            modal: { kind: 'text', title: `job · ${sanitize(job.title)}`, lines: job.lines.length ? job.lines.map(sanitize) : [sanitize(job.detail || job.status)], note: job.status },
          });
      }
      return;
    }

    if (state.notice) dispatch({ type: 'notify', notice: undefined });
    const command = commandFor('browse', name);
    const selected = rows.at(rows.clamp(frame.cursor));
    if (latest.current.extra && handleExtraKey(command, latest.current.extra, selected, frame.ctx, by, notify)) return;
    switch (command) {
      case 'cursor.up':
        return by(-1);
      case 'cursor.down':
        return by(1);
      case 'cursor.pageUp':
        return by(-pageHeight);
      case 'cursor.pageDown':
        return by(pageHeight);
      case 'cursor.first':
        return to(0);
      case 'cursor.last':
        return goToEnd(store, rows, pageHeight, notify);
      case 'open':
        if (selected?.type.children) dispatch({ type: 'open', node: selected });
        return;
      case 'back':
        // Esc first stops a walk to the end, then clears a filter (ending its scan), then stops a sort's
        // reading (the sort keeps what was read), then goes back.
        if (frame.pager.walking) return frame.pager.stopWalk();
        if (frame.filter) return dispatch({ type: 'set-filter', text: '' });
        if (rows.scan?.running) return rows.scan.cancel();
        return dispatch({ type: 'back' });
      case 'filter':
        return dispatch({ type: 'set-mode', mode: 'filter' });
      case 'refresh':
        // After `aws sso login` or a wrong MFA code, r also looks the account up again.
        if (frame.ctx.session?.identity.state.status === 'error') frame.ctx.session.identity.retry();
        if (rows.error !== undefined && frame.pager.error !== undefined) return frame.pager.retry();
        counts.forget(frame.node);
        if (selected) counts.forget(selected);
        // A content-type scan counts each page once (re-reads do not count): a refresh counts afresh.
        (frame.node.type.progress?.(frame.node) as { reset?(): void } | undefined)?.reset?.();
        return dispatch({ type: 'refresh' });
      case 'raw':
        return void showRaw(selected ?? frame.node, frame.ctx, store, notify);
      case 'command':
        // Inline at the bottom, the table still in view (CommandLine); Browser runs the line.
        return dispatch({ type: 'set-mode', mode: 'command' });
      case 'jobs.focus':
        if (jobs.jobs.length === 0) return notify('No jobs yet: waiters, downloads and batch deletes show up here.');
        return dispatch({ type: 'set-mode', mode: 'jobs' });
      case 'profile.pick':
        return sessions ? sessions.pickProfile() : notify('No profiles to switch between here.');
      case 'region.pick':
        return sessions ? sessions.pickRegion(selected) : notify('No regions to switch between here.');
      case 'help':
        return dispatch({ type: 'open-modal', modal: { kind: 'text', title: 'Help', lines: helpLines(), help: true } });
      case 'sort.next': {
        const columns = frame.node.type.columns ?? [];
        if (!columns.some((c) => c.sortValue)) return notify('This listing cannot be sorted.');
        return dispatch({ type: 'set-sort', sort: nextSort(columns, frame.sort) });
      }
      case 'sort.reverse':
        if (!frame.sort) return notify('Not sorted yet: s sorts by the next column.');
        return dispatch({ type: 'set-sort', sort: { ...frame.sort, desc: !frame.sort.desc } });
      case 'scan.stop': {
        const progress = frame.node.type.progress?.(frame.node);
        if (frame.pager.walking) return frame.pager.stopWalk();
        if (rows.scan?.running) return rows.scan.cancel();
        if (!progress?.running && !frame.pager.loading) return notify('Nothing is being scanned here.');
        progress?.cancel();
        return;
      }
      case 'collection.count': {
        // A folder or bucket row counts that; anything else counts the listing in view.
        const target = selected && /^s3\.(bucket|prefix)$/.test(selected.type.name) ? selected : frame.node;
        const why = startCount(jobs, target, frame.ctx, state.options.pageSize);
        return notify(why ?? `Counting ${sanitize(target.label || '/')}: Tab shows the job; the result stays in the detail pane.`, why ? 'error' : 'info');
      }
      case 'code':
        return openCode({ getState: store.getState, dispatch, notify }, selected);
      case 'quit':
        return exit();
    }
    if (command?.startsWith('action.')) {
      const spec = actions.find((a) => a.command === command);
      if (spec) {
        const onRow = selected?.type.actions?.includes(spec);
        return runAction(spec, onRow ? selected! : frame.node, frame.ctx);
      }
      const held = withheld.find((a) => a.command === command);
      // Withheld because it does not apply here (launch in "all regions"), or because of read-only.
      const why = held?.unavailable?.(selected?.type.actions?.includes(held) ? selected : frame.node);
      if (why) return notify(`Not here: ${why}.`);
      if (held) return notify('This profile is read-only: nothing that changes AWS is offered.', 'error');
      return notify(`Not here: this key would ${describe(command)}.`);
    }
  });
}

/**
 * G / End: the true end, in one press. With the whole listing known (read to the end, or a sort or filter
 * over all of it) that is a move; otherwise the Pager walks page after page to the end (Esc stops it)
 * and the cursor lands on the last row when it gets there (or on the last row read, when stopped).
 */
function goToEnd(store: BrowserStore, rows: Rows, height: number, notify: (t: string) => void): void {
  const frame = store.getState().stack.at(-1)!;
  const move = (count: number) => store.dispatch({ type: 'move-to', index: count - 1, count, height });
  if (rows.scan) {
    if (!rows.scan.ended) notify('Still reading: this is the end of what is sorted or matched so far.');
    return move(rows.count);
  }
  if (rows.done) return move(rows.count);
  const { pager } = frame;
  // The last row read so far at once (keys keep answering while the walk reads on), the true end after.
  if (pager.length > 0) move(pager.length);
  void pager.toEnd().then(() => {
    // Only if the person is still looking at that listing.
    if (store.getState().stack.at(-1)?.pager === pager && pager.length > 0) move(pager.length);
  });
}

/** "Start the selected instance" → "start the selected instance": what the key would have done. */
function describe(command: CommandId): string {
  const d = keymap.find((b) => b.command === command)?.description ?? command;
  return d.charAt(0).toLowerCase() + d.slice(1);
}

async function showRaw(node: TreeNode, ctx: Ctx, store: BrowserStore, notify: (t: string, l?: 'error') => void) {
  try {
    // Nodes with no API record of their own (a profile, a folder) show what is known of them.
    const raw = node.type.details
      ? (await node.type.details(node, ctx, AbortSignal.timeout(30_000))).raw
      : Object.fromEntries((node.type.describe?.(node) ?? []).map((f) => [f.label, f.value]));
    // The caption names the request that produced the record (the code view shows the same request).
    store.dispatch({ type: 'open-modal', modal: { kind: 'text', title: `raw · ${sanitize(node.label)}`, lines: rawLines(raw), note: rawCaption(node, ctx) } });
  } catch (err) {
    const e = explain(err, node.label);
    notify(`${e.message} ${e.hint}`, 'error');
  }
}
