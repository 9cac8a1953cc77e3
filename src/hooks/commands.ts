// The `:` command line, as data: each command has a name, what it takes, and what it does. `:help`
// and the help screen list them from here.
import type { BrowserAction, BrowserState } from './browserReducer';

export interface CommandApi {
  getState(): BrowserState;
  dispatch(action: BrowserAction): void;
  notify(text: string, level?: 'info' | 'ok' | 'error'): void;
  exit(): void;
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

/** Runs one line typed after `:`; an unknown command or bad arguments become a notice, never a throw. */
export async function runLine(api: CommandApi, line: string, commands: LineCommand[] = lineCommands): Promise<void> {
  const [name, ...args] = line.trim().split(/\s+/);
  if (!name) return;
  const cmd = commands.find((c) => c.name === name || c.aliases?.includes(name));
  if (!cmd) return api.notify(`Unknown command :${name}. Type :help for the list.`, 'error');
  try {
    await cmd.run(api, args);
  } catch (err) {
    api.notify(`:${name} failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
}

export function commandLines(commands: LineCommand[] = lineCommands): string[] {
  return commands.map((c) => `:${[c.name, ...(c.aliases ?? [])].join(', :')}${c.args ? ` ${c.args}` : ''}`.padEnd(24) + c.description);
}
