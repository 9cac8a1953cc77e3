// The one generic browser screen: header, breadcrumbs, the current node's children, the selected
// node's details, the jobs panel, the status line and the key hints. Wires hooks to pure views;
// fetches nothing itself, decides nothing about keys or actions (the hooks and controllers do).
import React, { useCallback, useMemo, useState } from 'react';
import { Box, useApp, useWindowSize } from 'ink';
import { shownColumns, type Ctx, type TreeNode } from '../data/tree';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import type { ActionSpec, AuditEvent } from '../data/actions';
import type { JobRegistry } from '../data/jobs';
import type { SessionRegistry } from '../data/sessionRegistry';
import { keyOf, type Scope } from '../keys/keymap';
import { useBrowser } from '../hooks/useBrowser';
import { useRows } from '../hooks/useRows';
import { useDetails } from '../hooks/useDetails';
import { useBrowserInput } from '../hooks/useBrowserInput';
import { useAvailableActions } from '../hooks/useAvailableActions';
import { useSessionSwitch } from '../hooks/useSessionSwitch';
import { useMfaPrompt } from '../hooks/useMfaPrompt';
import { useIdentity } from '../hooks/useIdentity';
import { useDialogs } from '../hooks/useDialogs';
import { useActions } from '../hooks/useActions';
import { useShownJobCount } from '../hooks/useShownJobCount';
import { useRetries } from '../hooks/useRetries';
import { useMarks } from '../hooks/useMarks';
import { useYank } from '../hooks/useYank';
import { useNoticeForJobs } from '../hooks/useNoticeForJobs';
import { useListProgress } from '../hooks/useListProgress';
import { useCommandLine } from '../hooks/useCommandLine';
import { OffHereContext } from '../hooks/controllers/helpController';
import type { Modal } from '../hooks/browserReducer';
import { scrollOffset, type FrameOptions } from '../hooks/frame';
import { ScanLine } from './ScanLine';
import { Header } from './Header';
import { Breadcrumbs } from './Breadcrumbs';
import { ListBody } from './ListBody';
import { StatusLine } from './StatusLine';
import { KeyHints } from './KeyHints';
import { FilterBar } from './FilterBar';
import { CommandLine } from './CommandLine';
import { LiveJobsPanel } from './LiveJobsPanel';
import { ModalView, modalHints } from './dialogs/ModalView';

export interface BrowserProps {
  /** The path to open at: the root, and optionally a profile and further nodes. */
  path: TreeNode[];
  jobs: JobRegistry;
  /** The profiles' sessions, for switching profile and region (absent in tests of a fake tree). */
  sessions?: SessionRegistry;
  options?: FrameOptions;
  audit?(event: AuditEvent): void;
}

// Below this the table needs the room: the pane hides (i shows it; Enter then shows a leaf's details).
const DETAIL_MIN_COLUMNS = 100;
const DETAIL_MIN_SHOWN = 60;
const JOB_LINES = 4;

export function Browser({ path, jobs, options, sessions, audit }: BrowserProps) {
  const { columns, rows: termRows } = useWindowSize();
  const { exit } = useApp();
  const { state, store, frame } = useBrowser(path, options);
  const marks = useMarks(frame.node);
  useNoticeForJobs(store, jobs);
  // undefined: by width; the i key makes it the person's choice from then on.
  const [detailChoice, setDetailChoice] = useState<boolean | undefined>(undefined);
  const detailShown = (detailChoice ?? columns >= DETAIL_MIN_COLUMNS) && columns >= DETAIL_MIN_SHOWN;
  // The count only: the panel subscribes to the jobs and their clock itself (LiveJobsPanel).
  const jobCount = useShownJobCount(jobs);
  const dialogs = useDialogs(store);
  const yank = useYank(store, dialogs);
  const runAction = useActions(store, dialogs, jobs, audit);
  const switcher = useSessionSwitch(store, sessions, dialogs);
  useMfaPrompt(sessions, dialogs);

  // One line fewer than the terminal: Ink redraws the whole screen when a frame fills it.
  const height = Math.max(10, termRows - 1);
  const showFilter = state.mode === 'filter' || frame.filter !== '';
  const jobsHeight = jobCount ? Math.min(JOB_LINES, jobCount) + 1 : 0;
  const progress = useListProgress(frame.node, frame.pager);
  // The `:` line and, after a Tab, its choices.
  const commandHeight = state.mode === 'command' ? 2 : 0;
  const bodyHeight = Math.max(3, height - 4 - (showFilter ? 1 : 0) - commandHeight - (progress ? 1 : 0) - jobsHeight);
  const pageHeight = Math.max(1, bodyHeight - 1);
  const rows = useRows(frame, pageHeight);
  const cursor = rows.clamp(frame.cursor);
  const selected = rows.at(cursor);
  const session = frame.ctx.session;
  const readonly = session?.readonly ?? false;
  const identity = useIdentity(session);
  // The header only marks it (account ✗); what happened and what to do goes where errors go.
  const identityError = identity?.status === 'error' ? accountError(identity.error) : undefined;
  const retries = useRetries(session?.retries);
  const available = useAvailableActions(selected, frame.node, readonly, marks.nodes, rows.error);

  // A row action goes to the marked rows when there are any; a listing's action (launch here) does not.
  const runOnRows = (spec: ActionSpec, node: TreeNode, ctx: Ctx) =>
    runAction(spec, node, ctx, node !== frame.node && marks.nodes.length ? { nodes: [...marks.nodes], clear: marks.clear } : undefined);
  const commandLine = useCommandLine({ store, rows, exit, sessions, switcher, jobs, selected, actions: available.actions, offReason: available.offReason, runAction: runOnRows });
  const offHere = useBrowserInput({ store, rows, pageHeight, jobs, available, runAction: runOnRows, sessions: sessions ? switcher : undefined,
    detailShown, toggleDetail: () => setDetailChoice(!detailShown), marks, yank, exit });
  const details = useDetails(selected, frame.ctx);

  const detailWidth = detailShown ? Math.floor(columns * 0.34) : 0;
  const tableWidth = columns - detailWidth - (detailWidth ? 1 : 0);
  const listError = rows.error !== undefined ? explain(rows.error, `listing ${sanitize(frame.node.label)}`) : undefined;
  // The open dialog's keys beyond its scope's (e settings on a question that has settings).
  // A question showing its code has the code view's keys, and the footer says those.
  const dialogHints = useMemo(() => (state.modalCode ? [] : modalHints(state.modal)), [state.modal, state.modalCode]);
  const closeModal = useCallback(() => store.dispatch({ type: 'close-modal' }), [store]);
  const showCode = useCallback((open: boolean) => store.dispatch({ type: 'modal-code', open }), [store]);
  const columnsOf = useMemo(
    () => (frame.node.type.columns ? shownColumns(frame.node) : [{ id: 'name', title: 'NAME', width: 0, cell: (n: TreeNode) => n.label }]),
    [frame.node],
  );

  return (
    <OffHereContext.Provider value={offHere}>
      <Box flexDirection="column" height={height} width={columns}>
        <Header
          profile={session?.profile.name}
          region={session?.region}
          endpoint={session?.endpoint('s3')}
          readonly={readonly}
          accent={session?.accent}
          identity={identity}
          width={columns}
        />
        <Breadcrumbs crumbs={state.stack.slice(state.stack.length > 1 ? 1 : 0).map((f) => sanitize(f.node.type.crumb?.(f.node) ?? f.node.label))} />
        {/* A dialog takes the height it needs; the list, help and text views fill the body. */}
        <Box height={bodyHeight} alignItems={state.modal && state.modal.kind !== 'text' ? 'flex-start' : 'stretch'}>
          {state.modal ? (
            <ModalView modal={state.modal} height={bodyHeight} close={closeModal} onCode={showCode} />
          ) : (
            <ListBody
              list={frame.node}
              selected={selected}
              rows={rows}
              columns={columnsOf}
              cursor={cursor}
              offset={scrollOffset(cursor, frame.offset, pageHeight)}
              pageHeight={pageHeight}
              bodyHeight={bodyHeight}
              tableWidth={tableWidth}
              detailWidth={detailWidth}
              listError={listError}
              ended={progress?.ended}
              marks={marks}
              sort={frame.sort}
              details={details}
            />
          )}
        </Box>
        {showFilter ? <FilterBar text={frame.filter} editing={state.mode === 'filter'} /> : null}
        {state.mode === 'command' ? <CommandLine {...commandLine} /> : null}
        {progress ? <ScanLine {...progress} /> : null}
        <LiveJobsPanel registry={jobs} focused={state.mode === 'jobs'} selected={state.jobCursor} width={columns} maxLines={JOB_LINES} />
        <StatusLine
          loaded={rows.loaded}
          done={rows.done}
          loading={rows.loading}
          error={listError ?? identityError}
          notice={state.notice}
          retries={retries}
          cursor={cursor}
          count={rows.count}
          filter={frame.filter}
          sorted={rows.sorted}
          covers={rows.covers}
          ended={progress?.ended}
          pageSize={state.options.pageSize}
          marked={marks.nodes.length}
        />
        <KeyHints width={columns} scope={state.modalCode ? 'code' : hintScope(state.modal, state.mode)} extra={dialogHints} actions={state.mode === 'browse' && !state.modal ? available.actions : undefined} off={offHere} />
      </Box>
    </OffHereContext.Provider>
  );
}

/** Whose keys the footer shows: the dialog's when one is open, else the mode's. */
function hintScope(modal: Modal | undefined, mode: Scope): Scope {
  if (!modal) return mode;
  return modal.kind === 'text' ? 'text' : modal.kind === 'confirm' ? 'confirm' : modal.kind === 'code' ? 'code' : 'dialog';
}

function accountError(err: unknown) {
  const e = explain(err, 'GetCallerIdentity');
  return { ...e, message: `Account lookup failed: ${e.message}`, hint: `${e.hint} (${keyOf('refresh')} tries again)`.trim() };
}
