// The list's keys for moving and for the screens it opens: the cursor, open and back, the filter and
// `:` prompts, the jobs panel, profile and region, help, the detail pane, marks, yank, code, quit.
// The listing's own keys (refresh, sort, scan, count, raw) are listingController's; actions are
// actionController's.
import { keyOf } from '../../keys/keymap';
import { shownJobs } from '../jobOrder';
import { openCode } from '../codeCommands';
import type { KeyHandler } from './dispatch';
import type { BrowseEnv } from './browseEnv';

export function browseController(env: BrowseEnv): KeyHandler[] {
  const { store, frame, selected, rows, pageHeight, jobs, sessions, marks, notify } = env;
  const { dispatch } = store;
  return [
    { command: 'cursor.up', run: () => env.by(-1) },
    { command: 'cursor.down', run: () => env.by(1) },
    { command: 'cursor.pageUp', run: () => env.by(-pageHeight) },
    { command: 'cursor.pageDown', run: () => env.by(pageHeight) },
    { command: 'cursor.first', run: () => env.to(0) },
    {
      command: 'open',
      run: () => {
        if (selected?.type.children) return dispatch({ type: 'open', node: selected });
        // A leaf has nothing to open; with the pane hidden, Enter is the way to its details.
        if (selected && !env.detailShown) void env.views.details(selected, frame.ctx);
      },
    },
    {
      command: 'back',
      run: () => {
        // Esc first stops a walk to the end, then clears a filter (ending its scan), then stops a sort's
        // reading (the sort keeps what was read), then goes back.
        if (frame.pager.walking) return frame.pager.stopWalk();
        if (frame.filter) return dispatch({ type: 'set-filter', text: '' });
        if (rows.scan?.running) return rows.scan.cancel();
        dispatch({ type: 'back' });
      },
    },
    { command: 'filter', run: () => dispatch({ type: 'set-mode', mode: 'filter' }) },
    // Inline at the bottom, the table still in view (CommandLine); useCommandLine runs the line.
    { command: 'command', run: () => dispatch({ type: 'set-mode', mode: 'command' }) },
    {
      command: 'jobs.focus',
      run: () => dispatch({ type: 'set-mode', mode: 'jobs' }),
      // What the panel shows (a finished count goes away by itself), not every job in the registry.
      disabled: () => (shownJobs(jobs.jobs).length === 0 ? 'No jobs yet: waiters, downloads and batch deletes show up here.' : undefined),
    },
    {
      command: 'profile.pick',
      run: () => sessions?.pickProfile(),
      disabled: () => (sessions ? undefined : 'No profiles to switch between here.'),
    },
    {
      command: 'region.pick',
      run: () => sessions?.pickRegion(selected),
      disabled: () => (sessions ? undefined : 'No regions to switch between here.'),
    },
    { command: 'help', run: () => dispatch({ type: 'open-modal', modal: { kind: 'text', title: 'Help', lines: [], help: true } }) },
    { command: 'detail.toggle', run: () => env.toggleDetail() },
    {
      command: 'mark.toggle',
      run: () => {
        marks.toggle(selected!);
        env.by(1);
      },
      disabled: () => (selected ? undefined : 'Nothing here to mark.'),
    },
    {
      command: 'mark.clear',
      run: () => marks.clear(),
      disabled: () => (marks.nodes.length ? undefined : `Nothing is marked (${keyOf('mark.toggle')} marks a row).`),
    },
    {
      command: 'yank',
      run: () => env.yank?.(selected!, frame.ctx),
      disabled: () => (selected ? undefined : 'Nothing selected to copy.'),
    },
    { command: 'code', run: () => openCode({ getState: store.getState, dispatch, notify }, selected) },
    { command: 'quit', run: () => env.exit() },
  ];
}
