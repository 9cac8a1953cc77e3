// `:` commands over the whole collection in view.
import type { LineCommand } from './commands';
import { startCount } from '../data/collection/countJob';
import { sanitize } from '../data/sanitize';
import { keyOf } from '../keys/keymap';

export const collectionCommands: LineCommand[] = [
  {
    name: 'count',
    description: 'Count the objects and bytes of the listing in view (versions and delete markers in a versions view), as a job',
    run: (api) => {
      const state = api.getState();
      const frame = state.stack[state.stack.length - 1];
      if (!api.jobs) return api.notify(':count needs the jobs panel, which this screen has not got.', 'error');
      const why = startCount(api.jobs, frame.node, frame.ctx, state.options.pageSize);
      if (why) return api.notify(why, 'error');
      api.notify(`Counting ${sanitize(frame.node.label || '/')}: ${keyOf('jobs.focus')} shows the job; the result stays in the detail pane.`);
    },
  },
];
