// The action keys (Ctrl-D, S, X, …): one handler per action command. The same key does the fitting
// thing for what is selected (data/actions.ts); when no action of it is offered here, the key says
// why (read-only, the instance's state, or that it belongs elsewhere): useAvailableActions' reasons.
import type { ActionCommand } from '../../keys/keymap';
import { bindingsFor } from '../../keys/keymap';
import type { KeyHandler } from './dispatch';
import type { BrowseEnv } from './browseEnv';

const actionCommands = (): ActionCommand[] =>
  [...new Set(bindingsFor('browse').map((b) => b.command))].filter((c): c is ActionCommand => c.startsWith('action.'));

export function actionController(env: BrowseEnv): KeyHandler[] {
  const { available, frame } = env;
  return actionCommands().map((command) => ({
    command,
    run: () => {
      const spec = available.actions.find((a) => a.command === command)!;
      // A row action from its row (with marks: a marked one; they all go), else the listing's.
      env.runAction(spec, available.rowNode(spec) ?? frame.node, frame.ctx);
    },
    disabled: () => available.offReason(command),
    // Help lists it as off only where an action of it exists (not an instance's key in S3).
    relevant: () => available.withheld.some((w) => w.spec.command === command),
  }));
}
