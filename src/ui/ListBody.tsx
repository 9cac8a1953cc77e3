// The list screen's body: the table (or why it is empty, still loading, or failed) and, when there is
// room, the detail pane of the selected row. Pure layout: Browser gives it what its hooks found.
import React from 'react';
import { Box } from 'ink';
import type { Column, TreeNode } from '../data/tree';
import type { SortState } from '../data/sort';
import { explain, type Explained } from '../data/errors';
import { sanitize } from '../data/sanitize';
import { countFields } from '../data/collection/count';
import { keyOf } from '../keys/keymap';
import type { Rows } from '../hooks/useRows';
import type { Marks } from '../hooks/useMarks';
import type { DetailsState } from '../hooks/useDetails';
import { Table } from './Table';
import { DetailPane } from './DetailPane';
import { EmptyView, ErrorView, LoadingView } from './Placeholders';

export interface ListBodyProps {
  list: TreeNode;
  selected?: TreeNode;
  rows: Rows;
  columns: Column[];
  cursor: number;
  offset: number;
  pageHeight: number;
  bodyHeight: number;
  tableWidth: number;
  detailWidth: number;
  listError?: Explained;
  /** Why a whole listing has no rows when a scan ended it early ("stopped after 3,000 keys"). */
  ended?: string;
  marks: Marks;
  sort?: SortState;
  details: DetailsState;
}

export function ListBody(p: ListBodyProps) {
  const { rows, selected, list, details } = p;
  return (
    <>
      {rows.count === 0 && p.listError ? (
        <ErrorView width={p.tableWidth} error={p.listError} />
      ) : rows.count === 0 ? (
        rows.done && !rows.loading ? (
          <EmptyView
            width={p.tableWidth}
            filtered={rows.filtered && !rows.covers}
            text={rows.covers ? `No row matches (${rows.covers.text}); ${keyOf('back')} clears the filter.` : p.ended ? `None in what was checked (${p.ended}).` : list.type.emptyText}
          />
        ) : (
          <LoadingView width={p.tableWidth} />
        )
      ) : (
        <Table
          columns={p.columns}
          count={rows.count}
          at={rows.at}
          cursor={p.cursor}
          offset={p.offset}
          height={p.pageHeight}
          width={p.tableWidth}
          isMarked={p.marks.nodes.length ? p.marks.has : undefined}
          sort={p.sort}
        />
      )}
      {p.detailWidth ? (
        <Box marginLeft={1}>
          <DetailPane
            title={selected ? selected.label : list.label}
            fields={[
              // First: a count asked for stays in view however short the pane.
              ...countFields(selected, list),
              ...(details.status === 'ok' ? details.result.fields : ((selected ?? list).type.describe?.(selected ?? list) ?? [])),
            ]}
            loading={details.status === 'loading'}
            error={details.status === 'error' ? explain(details.error, sanitize(selected?.label ?? '')) : undefined}
            width={p.detailWidth}
            height={p.bodyHeight}
          />
        </Box>
      ) : null}
    </>
  );
}
