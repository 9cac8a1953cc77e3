// The one state hook of the dialogs: the reducer of dialogState.ts, applied at once to a ref (keys that
// arrive in one burst — "prod\r" from a paste or tmux — come before React renders again, and each must
// see the state the key before it left), and the keys resolved once: keyName → commandFor(scope) → the
// dialog's handler for that command; a key no handler takes goes to the line editor when there is one.
import { useCallback, useRef, useState } from 'react';
import { usePaste } from 'ink';
import { useKeys, keyName } from '../../hooks/useKeys';
import { commandFor, type CommandId, type Scope } from '../../keys/keymap';
import { dialogReducer, initDialog, type DialogAction, type DialogState } from './dialogState';

export interface DialogControl {
  /** The state as the last key left it (not the last render's). */
  now(): DialogState;
  dispatch(action: DialogAction): DialogState;
  /** Answers once: `then` runs (resolve the dialog's promise), and later keys are ignored. */
  answer(then: () => void): void;
}

export type CommandHandlers = Partial<Record<CommandId, (state: DialogState, dialog: DialogControl) => void>>;

export interface DialogOptions {
  scope: Scope;
  /** What each command does here; commands without a handler fall through to the line editor. */
  commands: CommandHandlers;
  /** The dialog has a line to type in (a prompt, a filter, a name to type), with this text first. */
  line?: string;
  /** False while something else on screen has the keys. (The question's code view takes them by itself.) */
  active?: boolean;
}

export function useDialogState({ scope, commands, line, active = true }: DialogOptions): DialogControl & { state: DialogState } {
  const ref = useRef<DialogState>(undefined);
  if (!ref.current) ref.current = initDialog(line ?? '');
  const [state, setState] = useState(ref.current);
  const handlers = useRef(commands);
  handlers.current = commands;
  const dispatch = useCallback((action: DialogAction) => {
    const next = dialogReducer(ref.current!, action);
    if (next !== ref.current) setState((ref.current = next));
    return next;
  }, []);
  const control = useRef<DialogControl>(undefined);
  if (!control.current) {
    control.current = {
      now: () => ref.current!,
      dispatch,
      answer: (then) => {
        if (ref.current!.answered) return;
        dispatch({ type: 'answer' });
        then();
      },
    };
  }
  const typing = line !== undefined;
  useKeys((input, key) => {
    const now = ref.current!;
    // The code view in its place has the keys (even those of the burst that opened it).
    if (now.answered || now.code) return;
    const name = keyName(input, key);
    const command = commandFor(scope, name);
    const handle = command && handlers.current[command];
    if (handle) return handle(now, control.current!);
    // Alt+letter types nothing.
    if (typing && !(key.meta && [...name].length === 1)) dispatch({ type: 'edit', key: name });
  }, { isActive: active && !state.code });
  // Bracketed paste: the text arrives whole, and a newline in it does not submit. A paste is never an
  // answer: a question takes it too, and drops it (a pasted "y" does not stop an instance).
  usePaste((text) => void (typing && dispatch({ type: 'paste', text })), { isActive: active && !state.code });
  return { ...control.current, state };
}
