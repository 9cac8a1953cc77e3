// One way a key becomes work: the key's name is resolved to a command once (the keymap, for the scope
// that owns the keys), and the controller's handler for that command runs, or, when the handler says
// it is off here, its reason goes to the status line instead. A controller is a list of handlers,
// one per command of its scope (lazygit's bindings: key, handler, "disabled because…"); the keys and
// descriptions stay in the keymap, so help and the footer are generated from the same data.
import { commandFor, type CommandId, type Scope } from '../../keys/keymap';

export interface KeyHandler {
  command: CommandId;
  /** `name`: the key pressed (the code view's 1–4, help's section digits read it). */
  run(name: string): void;
  /** Why the command is off here (shown instead of running it, and in help); undefined when it is on. */
  disabled?(): string | undefined;
  /** False when the command means nothing on this screen (help does not list it as off). */
  relevant?(): boolean;
}

export type Notify = (text: string, level?: 'info' | 'ok' | 'error') => void;

/**
 * Runs the key's handler in `scope`. True when the key is bound there (it ran, or said why not);
 * false leaves the key to the caller (text typed into a filter or a line).
 */
export function dispatchKey(scope: Scope, name: string, handlers: readonly KeyHandler[], notify?: Notify): boolean {
  const command = commandFor(scope, name);
  if (!command) return false;
  const handler = handlers.find((h) => h.command === command);
  if (!handler) return false;
  const why = handler.disabled?.();
  if (why !== undefined) {
    notify?.(why, 'info');
    return true;
  }
  handler.run(name);
  return true;
}

export interface OffKey {
  command: CommandId;
  why: string;
}

/**
 * The handlers whose command is off here, with why: help lists them. A handler that is not `relevant`
 * (an instance's key in an S3 listing) is left out: it is off everywhere but where it belongs.
 */
export function disabledHere(handlers: readonly KeyHandler[]): OffKey[] {
  return handlers.flatMap((h) => {
    if (h.relevant && !h.relevant()) return [];
    const why = h.disabled?.();
    return why === undefined ? [] : [{ command: h.command, why }];
  });
}
