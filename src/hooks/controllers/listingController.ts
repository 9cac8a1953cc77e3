// The listing's own keys: refresh (and retry), the walk to the true end, sort, stop, count, raw.
import { nextSort } from '../../data/sort';
import { countWithNotice } from '../collectionCommands';
import { counts } from '../../data/collection/count';
import { keyOf } from '../../keys/keymap';
import type { KeyHandler } from './dispatch';
import type { BrowseEnv } from './browseEnv';
import { shownColumns } from '../../data/tree';

export function listingController(env: BrowseEnv): KeyHandler[] {
  const { store, frame, selected, rows, jobs, state, notify } = env;
  const { dispatch } = store;
  // Only the columns on screen: a sort by a hidden one would show no arrow anywhere.
  const columns = shownColumns(frame.node);
  const progress = () => frame.node.type.progress?.(frame.node);
  return [
    {
      command: 'refresh',
      run: () => {
        // After `aws sso login` or a wrong MFA code, r also looks the account up again.
        if (frame.ctx.session?.identity.state.status === 'error') frame.ctx.session.identity.retry();
        if (rows.error !== undefined && frame.pager.error !== undefined) return frame.pager.retry();
        counts.forget(frame.node);
        if (selected) counts.forget(selected);
        // A content-type scan counts each page once (re-reads do not count): a refresh counts afresh.
        (progress() as { reset?(): void } | undefined)?.reset?.();
        dispatch({ type: 'refresh' });
      },
    },
    { command: 'cursor.last', run: () => goToEnd(env) },
    { command: 'raw', run: () => void env.views.raw(selected ?? frame.node, frame.ctx) },
    {
      command: 'sort.next',
      run: () => dispatch({ type: 'set-sort', sort: nextSort(columns, frame.sort) }),
      disabled: () => (columns.some((c) => c.sortValue) ? undefined : 'This listing cannot be sorted.'),
    },
    {
      command: 'sort.reverse',
      run: () => dispatch({ type: 'set-sort', sort: { ...frame.sort!, desc: !frame.sort!.desc } }),
      disabled: () => (frame.sort ? undefined : `Not sorted yet: ${keyOf('sort.next')} sorts by the next column.`),
    },
    {
      command: 'scan.stop',
      run: () => {
        if (frame.pager.walking) return frame.pager.stopWalk();
        if (rows.scan?.running) return rows.scan.cancel();
        progress()?.cancel();
      },
      disabled: () =>
        frame.pager.walking || rows.scan?.running || progress()?.running || frame.pager.loading ? undefined : 'Nothing is being scanned here.',
    },
    {
      command: 'collection.count',
      run: () => {
        // A folder or bucket row counts that; anything else counts the listing in view.
        const target = selected && /^s3\.(bucket|prefix)$/.test(selected.type.name) ? selected : frame.node;
        countWithNotice(jobs, target, frame.ctx, state.options.pageSize, notify);
      },
    },
  ];
}

/**
 * G / End: the true end, in one press. With the whole listing known (read to the end, or a sort or filter
 * over all of it) that is a move; otherwise the Pager walks page after page to the end (Esc stops it)
 * and the cursor lands on the last row when it gets there (or on the last row read, when stopped).
 */
function goToEnd({ store, rows, pageHeight, notify }: BrowseEnv): void {
  const frame = store.getState().stack.at(-1)!;
  const move = (count: number) => store.dispatch({ type: 'move-to', index: count - 1, count, height: pageHeight });
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
