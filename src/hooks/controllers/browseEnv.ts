// What the list's controllers read when a key arrives: the store's state (always current) and the
// rest from the latest render. Built once per key (useBrowserInput), and once per render for help's
// "off here" list, from the same deps.
import type { ActionSpec } from '../../data/actions';
import type { JobRegistry } from '../../data/jobs';
import type { Ctx, TreeNode } from '../../data/tree';
import type { BrowserState } from '../browserReducer';
import type { Frame } from '../frame';
import type { BrowserStore } from '../useBrowser';
import type { Marks } from '../useMarks';
import type { Rows } from '../useRows';
import type { SessionSwitcher } from '../useSessionSwitch';
import type { Availability } from '../useAvailableActions';
import type { Notify } from './dispatch';
import type { RecordViews } from './recordViews';

/** What the list's keys need from the screen; useBrowserInput's caller (Browser) gives it. */
export interface BrowseDeps {
  store: BrowserStore;
  rows: Rows;
  pageHeight: number;
  jobs: JobRegistry;
  /** The actions offered here and why the others are off (useAvailableActions). */
  available: Availability;
  runAction(spec: ActionSpec, node: TreeNode, ctx: Ctx): void;
  /** p / R and :profile / :region (absent when the app has no profiles to switch between). */
  sessions?: SessionSwitcher;
  /** Whether the detail pane is on screen now. */
  detailShown: boolean;
  toggleDetail(): void;
  marks: Marks;
  /** Y: the copy menu for the selected row (useYank). */
  yank?(node: TreeNode, ctx: Ctx): void;
  exit(): void;
}

export interface BrowseEnv extends BrowseDeps {
  state: BrowserState;
  frame: Frame;
  selected: TreeNode | undefined;
  notify: Notify;
  views: RecordViews;
  /** Moves the cursor by rows / to a row, within the rows the listing has. */
  by(delta: number): void;
  to(index: number): void;
}

export function browseEnv(deps: BrowseDeps, views: RecordViews): BrowseEnv {
  const { store, rows, pageHeight } = deps;
  const state = store.getState();
  const frame = state.stack[state.stack.length - 1];
  return {
    ...deps,
    state,
    frame,
    selected: rows.at(rows.clamp(frame.cursor)),
    views,
    notify: (text, level = 'info') => store.dispatch({ type: 'notify', notice: { text, level } }),
    by: (delta) => store.dispatch({ type: 'move-by', delta, count: rows.count, height: pageHeight }),
    to: (index) => store.dispatch({ type: 'move-to', index, count: rows.count, height: pageHeight }),
  };
}
