// Runs a node's action through its whole flow (inputs → confirmation → run) with the dialogs on
// screen, and reports the outcome in the status line. One flow at a time. With rows marked, a row
// action goes to every marked row (manyActions.ts), and the marks are cleared once it has run.
import { useCallback, useEffect, useRef } from 'react';
import { runAction, type ActionEnv, type ActionSpec, type AuditEvent, type Dialogs } from '../data/actions';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import type { JobRegistry } from '../data/jobs';
import type { Ctx, TreeNode } from '../data/tree';
import type { BrowserStore } from './useBrowser';
import { offerWhenIdle } from './offerWhenIdle';
import { runActionOnMany } from '../data/manyActions';
import { actionRequest } from '../data/code/subject';

/** Marked rows for a row action, and how to clear them once it ran. */
export interface MarkedRows {
  nodes: TreeNode[];
  clear(): void;
}

export function useActions(store: BrowserStore, dialogs: Dialogs, jobs: JobRegistry, audit?: (e: AuditEvent) => void) {
  const busy = useRef(false);
  // The flow's requests (a StopInstances, a prepare's count) stop with the screen: the app quit mid-flow
  // must not leave one in flight. Jobs it started have signals of their own (the registry's).
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);
  return useCallback(
    async (spec: ActionSpec, node: TreeNode, ctx: Ctx, marked?: MarkedRows) => {
      if (busy.current) return;
      busy.current = true;
      const controller = new AbortController();
      running.current = controller;
      const notify = (text: string, level: 'info' | 'ok' | 'error' = 'info') =>
        store.dispatch({ type: 'notify', notice: { text, level } });
      try {
        const env: Omit<ActionEnv, 'input' | 'node'> = {
          ctx,
          signal: controller.signal,
          jobs,
          notify,
          refresh: () => store.dispatch({ type: 'refresh' }),
          ask: (q) => dialogs.confirm(spec.label, q),
          show: (title, lines, note) => store.dispatch({ type: 'open-modal', modal: { kind: 'text', title, lines, note } }),
          open: (target, how = 'push') => store.dispatch({ type: how === 'replace' ? 'replace' : 'open', node: target }),
          update: (replace) => store.getState().stack.forEach((f) => f.pager.update(replace)),
          offer: (question, accept) => offerWhenIdle(store, dialogs, spec.label, question, accept),
          codeFor: (action, target, input) => {
            const request = actionRequest(action.command, target, ctx.session, input);
            return request ? [{ title: `${action.label}${request.wait ? ' + wait' : ''} (${request.operation})`, request }] : undefined;
          },
        };
        const { status } = marked?.nodes.length
          ? await runActionOnMany(spec, env, marked.nodes, dialogs, audit)
          : await runAction(spec, { ...env, node }, dialogs, audit);
        if (status === 'done' && marked?.nodes.length) marked.clear();
        if (status === 'cancelled') notify(`${spec.label}: cancelled, nothing was changed.`);
      } catch (err) {
        const e = explain(err, `${spec.label} ${sanitize(node.label)}`);
        notify(`${e.message} ${e.hint}`, 'error');
      } finally {
        busy.current = false;
        running.current = undefined;
      }
    },
    [store, dialogs, jobs, audit],
  );
}
