// The `:` command line, as data: each command has a name, what it takes, and what it does. `:help`
// and the help screen list them from here.
import type { BrowserAction, BrowserState } from './browserReducer';
import type { SessionSwitcher } from './useSessionSwitch';
import type { ActionSpec } from '../data/actions';
import type { Ctx, TreeNode } from '../data/tree';
import { s3Commands } from './s3Commands';
import { collectionCommands } from './collectionCommands';
import { signinCommands } from './signinCommands';
import { sandboxCommands } from './sandboxCommands';
import type { JobRegistry } from '../data/jobs';
import { nearestCommand } from './promptCommands';
import { codeCommands } from './codeCommands';
import type { CommandId } from '../keys/keymap';

export interface CommandApi {
  getState(): BrowserState;
  dispatch(action: BrowserAction): void;
  notify(text: string, level?: 'info' | 'ok' | 'error'): void;
  exit(): void;
  /** Profile and region switching, when the app has profiles (useSessionSwitch). */
  sessions?: SessionSwitcher;
  /** The selected row when the line was typed (`:presign`, `:cp` act on it). */
  selected?: TreeNode;
  /** The actions offered here, read-only already applied: a command runs only what its key could. */
  actions?: ActionSpec[];
  /** Why an action command's key is off here (read-only, a refused bucket), as the key itself says. */
  offReason?(command: CommandId): string | undefined;
  /** Runs an action through its whole flow (inputs, confirmation, run), as its key does. */
  runAction?(spec: ActionSpec, node: TreeNode, ctx: Ctx): void;
  /** Where long work is watched (`:count`). */
  jobs?: JobRegistry;
}

export interface LineCommand {
  name: string;
  aliases?: string[];
  args?: string;
  description: string;
  run(api: CommandApi, args: string[]): void | Promise<void>;
}

export const lineCommands: LineCommand[] = [
  { name: 'quit', aliases: ['q'], description: 'Quit awsnav', run: (api) => api.exit() },
  {
    name: 'profile',
    args: 'NAME',
    description: 'Switch to a profile (no name: pick one)',
    run: (api, [name]) => (name ? api.sessions?.switchProfile(name) : api.sessions?.pickProfile()),
  },
  {
    name: 'region',
    args: 'NAME',
    description: 'Switch region, e.g. :region eu-west-1 (no name: pick one)',
    run: (api, [name]) => (name ? api.sessions?.switchRegion(name) : api.sessions?.pickRegion()),
  },
  {
    name: 'problems',
    description: 'Problems found in the AWS and awsnav config files',
    run: (api) => {
      const lines = api.sessions?.problems() ?? [];
      if (!lines.length) return api.notify('The config files have no problems.', 'ok');
      api.dispatch({ type: 'open-modal', modal: { kind: 'text', title: 'Config problems', lines } });
    },
  },
  {
    name: 'pagesize',
    args: 'N',
    description: 'Items per request, 1–1000 (boto3\'s page_size); the listing is read again',
    run: (api, [n]) => {
      const size = Number(n);
      if (!Number.isInteger(size) || size < 1 || size > 1000) return api.notify('Give a page size from 1 to 1000, e.g. :pagesize 200.', 'error');
      api.dispatch({ type: 'set-options', options: { pageSize: size } });
      api.notify(`Pages of ${size} from now on. Read again from the row in view; the rows above stay as read.`, 'ok');
    },
  },
  {
    name: 'prefix',
    args: 'PATH',
    description: 'List from a prefix, server-side, relative to the folder in view like :jump (:prefix /raw/2024/ from the bucket\'s top)',
    run: (api, args) => seek(api, { prefix: args.join(' ') }, ':prefix'),
  },
  {
    name: 'jump',
    args: 'KEY',
    description: 'List from a key on (StartAfter), reading nothing before it; relative to the prefix in view',
    run: (api, args) => seek(api, { from: args.join(' ') }, ':jump'),
  },
  {
    name: 'state',
    args: 'STATE[,STATE]',
    description: 'Only instances in these states, server-side (e.g. :state running); no state clears it',
    run: (api, args) => serverFilter(api, 'state', args.join(' '), ':state running'),
  },
  {
    name: 'tag',
    args: 'KEY=VALUE',
    description: 'Only instances with this tag, server-side: :tag Name=web matches web-1 too (a prefix; * and ? are wildcards, Name==web exact), :tag KEY any value; no tag clears it',
    run: (api, args) => serverFilter(api, 'tag', args.join(' '), ':tag Name=web'),
  },
  ...s3Commands,
  ...codeCommands,
  ...collectionCommands,
  ...signinCommands,
  ...sandboxCommands,
  {
    name: 'help',
    description: 'List the commands',
    run: (api) =>
      api.dispatch({
        type: 'open-modal',
        modal: {
          kind: 'text',
          title: 'Commands',
          lines: commandLines(),
        },
      }),
  },
];

/** A server-side jump in the listing in view (NodeType.seek), opened as a screen Esc leaves. */
function seek(api: CommandApi, to: { prefix?: string; from?: string }, name: string): void {
  const { stack } = api.getState();
  const here = stack[stack.length - 1].node;
  if (!(to.prefix ?? to.from)) return api.notify(`${name} needs a value, e.g. ${name} ${to.prefix !== undefined ? 'logs/2024/' : 'event-03000'}.`, 'error');
  const target = here.type.seek?.(here, to);
  if (!target) return api.notify(`${name} works inside a bucket listing.`, 'error');
  api.dispatch({ type: 'open', node: target });
}

/** A server-side filter of the listing in view (NodeType.filter), opened as a screen Esc leaves. */
function serverFilter(api: CommandApi, name: string, value: string, example: string): void {
  const { stack } = api.getState();
  const here = stack[stack.length - 1].node;
  const target = here.type.filter?.(here, name, value);
  if (target === undefined) return api.notify(`:${name} works in an instance listing (e.g. ${example}).`, 'error');
  if (typeof target === 'string') return api.notify(target, 'error');
  api.dispatch({ type: 'open', node: target });
}

/** Runs one line typed after `:`; an unknown command or bad arguments become a notice, never a throw. */
export async function runLine(api: CommandApi, line: string, commands: LineCommand[] = lineCommands): Promise<void> {
  const [name, ...args] = line.trim().split(/\s+/);
  if (!name) return;
  const cmd = commands.find((c) => c.name === name || c.aliases?.includes(name));
  if (!cmd) {
    const near = nearestCommand(name, commands);
    return api.notify(`Unknown command :${name}.${near ? ` Did you mean :${near}?` : ''} Type :help for the list.`, 'error');
  }
  try {
    await cmd.run(api, args);
  } catch (err) {
    api.notify(`:${name} failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
}

export function commandLines(commands: LineCommand[] = lineCommands): string[] {
  return commands.map((c) => `:${[c.name, ...(c.aliases ?? [])].join(', :')}${c.args ? ` ${c.args}` : ''}`.padEnd(24) + c.description);
}
