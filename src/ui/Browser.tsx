// The one generic browser screen: header, breadcrumbs, the current node's children, the selected
// node's details, the status line and the key hints. Wires hooks to pure views; fetches nothing itself.
import React from 'react';
import { Box, Text } from 'ink';
import type { TreeNode } from '../data/tree';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import { useBrowser } from '../hooks/useBrowser';
import { useRows } from '../hooks/useRows';
import { useDetails } from '../hooks/useDetails';
import { useBrowserInput } from '../hooks/useBrowserInput';
import { useTerminalSize } from '../hooks/useTerminalSize';
import { scrollOffset, type FrameOptions } from '../hooks/frame';
import { Header } from './Header';
import { Breadcrumbs } from './Breadcrumbs';
import { Table } from './Table';
import { DetailPane } from './DetailPane';
import { StatusLine } from './StatusLine';
import { KeyHints } from './KeyHints';
import { HelpView } from './HelpView';
import { FilterBar } from './FilterBar';
import { EmptyView, LoadingView } from './Placeholders';
import type { Session } from '../data/session';

export interface BrowserProps {
  /** The path to open at: the root, and optionally a profile and further nodes. */
  path: TreeNode[];
  options?: FrameOptions;
}

const DETAIL_MIN_COLUMNS = 100;

export function Browser({ path, options }: BrowserProps) {
  const { columns, rows: termRows } = useTerminalSize();
  const { state, store, frame } = useBrowser(path, options);
  // One line fewer than the terminal: Ink redraws the whole screen when a frame fills it.
  const height = Math.max(8, termRows - 1);
  const showFilter = state.mode === 'filter' || frame.filter !== '';
  const bodyHeight = height - 4 - (showFilter ? 1 : 0);
  const pageHeight = Math.max(1, bodyHeight - 1);
  const rows = useRows(frame, pageHeight);
  useBrowserInput(store, rows, pageHeight);

  const selected = rows.at(frame.cursor);
  const details = useDetails(selected, frame.ctx);
  const session = frame.ctx.session as Session | undefined;
  const detailWidth = columns >= DETAIL_MIN_COLUMNS ? Math.floor(columns * 0.38) : 0;
  const tableWidth = columns - detailWidth - (detailWidth ? 1 : 0);
  const listError = rows.error !== undefined ? explain(rows.error, `listing ${sanitize(frame.node.label)}`) : undefined;
  const columnsOf = frame.node.type.columns ?? [{ id: 'name', title: 'NAME', width: 0, cell: (n: TreeNode) => n.label }];

  return (
    <Box flexDirection="column" height={height} width={columns}>
      <Header profile={session?.profile.name} region={session?.region} endpoint={session?.endpoint('s3')} />
      <Breadcrumbs crumbs={state.stack.slice(state.stack.length > 1 ? 1 : 0).map((f) => sanitize(f.node.type.crumb?.(f.node) ?? f.node.label))} />
      {state.mode === 'help' ? (
        <HelpView height={bodyHeight} />
      ) : (
        <Box height={bodyHeight}>
          {rows.count === 0 && !rows.error ? (
            rows.done && !rows.loading ? (
              <EmptyView width={tableWidth} filtered={rows.filtered} />
            ) : (
              <LoadingView width={tableWidth} />
            )
          ) : (
            <Table
              columns={columnsOf}
              count={rows.count}
              at={rows.at}
              cursor={frame.cursor}
              offset={scrollOffset(frame.cursor, frame.offset, pageHeight)}
              height={pageHeight}
              width={tableWidth}
            />
          )}
          {detailWidth ? (
            <Box marginLeft={1}>
              <DetailPane
                title={selected ? selected.label : frame.node.label}
                fields={
                  details.status === 'ok'
                    ? details.result.fields
                    : ((selected ?? frame.node).type.describe?.(selected ?? frame.node) ?? [])
                }
                loading={details.status === 'loading'}
                error={details.status === 'error' ? explain(details.error, sanitize(selected?.label ?? '')) : undefined}
                width={detailWidth}
                height={bodyHeight}
              />
            </Box>
          ) : null}
        </Box>
      )}
      {showFilter ? <FilterBar text={frame.filter} editing={state.mode === 'filter'} /> : null}
      <StatusLine
        loaded={rows.loaded}
        done={rows.done}
        loading={rows.loading}
        error={listError}
        cursor={frame.cursor}
        count={rows.count}
        filter={frame.filter}
      />
      <KeyHints scope={state.mode} />
    </Box>
  );
}
