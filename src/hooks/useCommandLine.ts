// The `:` line's wiring: what Tab completes from (the profiles, the regions, the folders in view) and
// what Enter does (runLine, with the same reach as the keys: the selected row, the actions offered).
import { useMemo } from 'react';
import type { ActionSpec } from '../data/actions';
import type { JobRegistry } from '../data/jobs';
import type { SessionRegistry } from '../data/sessionRegistry';
import type { Ctx, TreeNode } from '../data/tree';
import { AWS_REGIONS } from '../data/regions';
import { lineCommands, runLine } from './commands';
import { completeLine, sessionHistory, type CommandHistory } from './promptCommands';
import type { BrowserStore } from './useBrowser';
import type { Rows } from './useRows';
import type { SessionSwitcher } from './useSessionSwitch';
import type { CommandId } from '../keys/keymap';

/** What the `:` line (ui/CommandLine) is given: defined here, below the view that draws it. */
export interface CommandLineProps {
  complete(line: string): { line: string; options: string[] };
  history: CommandHistory;
  submit(line: string): void;
  cancel(): void;
}

export interface CommandLineDeps {
  store: BrowserStore;
  rows: Rows;
  exit(): void;
  sessions?: SessionRegistry;
  switcher: SessionSwitcher;
  jobs: JobRegistry;
  selected?: TreeNode;
  actions: ActionSpec[];
  offReason?(command: CommandId): string | undefined;
  runAction(spec: ActionSpec, node: TreeNode, ctx: Ctx): void;
}

// Folders offered by Tab: those among the first rows loaded (a listing of a million keys is not walked).
const PREFIX_ROWS = 2_000;

export function useCommandLine(d: CommandLineDeps): CommandLineProps {
  const { store, rows, exit, sessions, switcher, jobs, selected, actions, offReason, runAction } = d;
  return useMemo(() => {
    const done = () => store.dispatch({ type: 'set-mode', mode: 'browse' });
    const notify = (text: string, level: 'info' | 'ok' | 'error' = 'info') => store.dispatch({ type: 'notify', notice: { text, level } });
    return {
      history: sessionHistory,
      cancel: done,
      submit: (line: string) => {
        done();
        if (line.trim()) void runLine({ getState: store.getState, dispatch: store.dispatch, notify, exit, sessions: sessions ? switcher : undefined, jobs, selected, actions, offReason, runAction }, line);
      },
      complete: (line: string) => {
        const prefixes: string[] = [];
        for (let i = 0; i < Math.min(rows.count, PREFIX_ROWS); i++) {
          const r = rows.at(i)?.record as { prefix?: unknown } | undefined;
          if (typeof r?.prefix === 'string' && r.prefix) prefixes.push(r.prefix);
        }
        return completeLine(line, lineCommands, {
          profiles: sessions?.profiles.map((p) => p.name),
          regions: AWS_REGIONS.map(([code]) => code),
          prefixes,
        });
      },
    };
  }, [store, rows, exit, sessions, switcher, jobs, selected, actions, offReason, runAction]);
}
