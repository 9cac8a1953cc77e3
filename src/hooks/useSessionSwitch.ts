// Switching profile (p, :profile NAME) and region (R, :region NAME) live. The new session's path is
// found before the screen changes (data/reroot.ts: as much of the old path as still exists), within a
// few seconds at most; meanwhile the old screen keeps working. Only the last switch asked for lands.
import { useEffect, useMemo, useRef } from 'react';
import type { Dialogs } from '../data/actions';
import type { SessionRegistry } from '../data/sessionRegistry';
import type { TreeNode } from '../data/tree';
import type { ProfileRecord } from '../data/root';
import { reroot } from '../data/reroot';
import { regionChoices, isRegionName } from '../data/regions';
import { describeProblem } from '../data/configProblems';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import type { BrowserStore } from './useBrowser';

/** How long the old path is looked for in the new session before showing what was found. */
const REROOT_MS = 4_000;

export interface SessionSwitcher {
  pickProfile(): void;
  /** `selected`: at the root, R changes the selected profile's region. */
  pickRegion(selected?: TreeNode): void;
  switchProfile(name: string): Promise<void>;
  switchRegion(region: string, selected?: TreeNode): Promise<void>;
  /** Config problems, one line each (file and line). */
  problems(): string[];
}

export function useSessionSwitch(store: BrowserStore, sessions: SessionRegistry | undefined, dialogs: Dialogs): SessionSwitcher {
  const inflight = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => inflight.current?.abort(), []);

  // Config problems are said once, at start; `:problems` lists them all.
  useEffect(() => {
    const all = sessions?.problems ?? [];
    if (!all.length) return;
    // The count and the command first: a long path may be cut at the screen's edge.
    const count = all.length === 1 ? '1 config problem' : `${all.length} config problems`;
    store.dispatch({ type: 'notify', notice: { text: `${count} (:problems) · ${describeProblem(all[0])}`, level: 'error' } });
  }, [sessions, store]);

  return useMemo(() => {
    const notify = (text: string, level: 'info' | 'ok' | 'error' = 'info') => store.dispatch({ type: 'notify', notice: { text, level } });
    const current = () => {
      const s = store.getState();
      return s.stack[s.stack.length - 1].ctx.session;
    };

    async function land(target: TreeNode<ProfileRecord>, what: string, profileRow: number) {
      inflight.current?.abort();
      const controller = new AbortController();
      inflight.current = controller;
      const old = store.getState().stack.map((f) => f.node);
      const rest = old[1]?.type.kind === 'profile' ? old.slice(2) : [];
      notify(`${what}…`);
      const timeout = AbortSignal.timeout(REROOT_MS);
      const r = await reroot([old[0], target], rest, AbortSignal.any([controller.signal, timeout]));
      if (controller.signal.aborted) return;
      // The new profile's row at the root, then each kept level's row in its parent's listing.
      store.dispatch({ type: 'set-path', path: r.path, cursors: [profileRow, ...r.rows] });
      const shown = sanitize(r.path[r.path.length - 1].label);
      const label = r.missing ? sanitize(r.missing.label) : '';
      if (!r.missing) return notify(`${what}.`, 'ok');
      if (timeout.aborted) return notify(`${what}: no answer yet on whether ${label} is there; showing ${shown}.`);
      if (r.error) return notify(`${what}: could not look for ${label} (${explain(r.error, label).message}); showing ${shown}.`, 'error');
      notify(`${what}: ${label} is not there; showing ${shown}.`);
    }

    async function switchProfile(name: string) {
      if (!sessions) return notify('Profiles cannot be switched here.', 'error');
      const target = sessions.node(name);
      if (!target) {
        return notify(`No profile named ${sanitize(name)}. Profiles: ${sessions.profiles.map((p) => p.name).join(', ') || '(none)'}`, 'error');
      }
      await land(target, `Profile ${name}`, sessions.profiles.findIndex((p) => p.name === name));
    }

    async function switchRegion(region: string, selected?: TreeNode) {
      if (!sessions) return notify('Regions cannot be switched here.', 'error');
      if (!isRegionName(region)) return notify(`"${sanitize(region)}" is not a region name (like eu-west-1).`, 'error');
      const session = current();
      if (!session) {
        // At the root: the selected profile moves, and the listing shows its new region.
        const name = selected?.type.kind === 'profile' ? selected.id : undefined;
        if (!name) return notify('Select a profile first, then R.', 'error');
        sessions.setRegion(name, region);
        store.dispatch({ type: 'refresh' });
        return notify(`Profile ${name} now uses ${region}.`, 'ok');
      }
      sessions.setRegion(session.profile.name, region);
      const name = session.profile.name;
      await land(sessions.node(name)!, `Region ${region}`, sessions.profiles.findIndex((p) => p.name === name));
    }

    return {
      switchProfile,
      switchRegion,
      problems: () => (sessions?.problems ?? []).map(describeProblem),
      pickProfile() {
        if (!sessions) return notify('Profiles cannot be switched here.', 'error');
        const here = current()?.profile.name;
        const how = (p: { kind: string; detail?: string }) => `${p.kind}${p.detail ? ` (${p.detail})` : ''}`;
        const nameWidth = Math.max(8, ...sessions.profiles.map((p) => p.name.length)) + 2;
        const howWidth = Math.max(...sessions.profiles.map((p) => how(p).length)) + 2;
        void dialogs
          .pick('Switch profile (type to filter)', async () =>
            sessions.profiles.map((p) => ({
              value: p.name,
              label: `${p.name.padEnd(nameWidth)}${how(p).padEnd(howWidth)}${sessions.session(p.name)!.region}${p.name === here ? '  ← current' : ''}`,
            })),
          )
          .then((name) => (name ? switchProfile(name) : undefined));
      },
      pickRegion(selected?: TreeNode) {
        if (!sessions) return notify('Regions cannot be switched here.', 'error');
        const session = current() ?? (selected?.type.kind === 'profile' ? (selected.record as ProfileRecord).session : undefined);
        if (!session) return notify('Select a profile first, then R.', 'error');
        void dialogs
          .pick(`Region for ${session.profile.name} (type to filter)`, async () => regionChoices(session.region, session.profile.region))
          .then((region) => (region ? switchRegion(region, selected) : undefined));
      },
    };
  }, [store, sessions, dialogs]);
}
