// `:` commands over the whole collection in view.
import type { LineCommand } from './commands';
import { startCount } from '../data/collection/countJob';
import { sanitize } from '../data/sanitize';
import { keyOf } from '../keys/keymap';
import type { JobRegistry } from '../data/jobs';
import type { Ctx, TreeNode } from '../data/tree';

/** Starts a count of `target` as a job and says so (or why not): `#` and `:count` both. */
export function countWithNotice(
  jobs: JobRegistry, target: TreeNode, ctx: Ctx, pageSize: number | undefined, notify: (text: string, level?: 'info' | 'error') => void,
): void {
  const why = startCount(jobs, target, ctx, pageSize);
  if (why) return notify(why, 'error');
  notify(`Counting ${sanitize(target.label || '/')}: ${keyOf('jobs.focus')} shows the job; the result stays in the detail pane.`);
}

export const collectionCommands: LineCommand[] = [
  {
    name: 'count',
    description: 'Count the objects and bytes of the listing in view (versions and delete markers in a versions view), as a job',
    run: (api) => {
      const state = api.getState();
      const frame = state.stack[state.stack.length - 1];
      if (!api.jobs) return api.notify(':count needs the jobs panel, which this screen has not got.', 'error');
      countWithNotice(api.jobs, frame.node, frame.ctx, state.options.pageSize, api.notify);
    },
  },
];
