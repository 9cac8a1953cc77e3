// The state of any dialog (a yes/no question, a prompt, a pick list, a type-to-confirm) and its named
// actions, as @inkjs/ui's use-*-state.ts: pure, so useDialogState can apply each key the moment it
// arrives and the key that answers reads what the keys before it left.
import { editKey, lineOf, pasteLine, type Line } from './lineEdit';

export interface DialogState {
  /** The text being typed: a prompt's value, a pick list's filter, a type-to-confirm's name. */
  line: Line;
  /** The selected row of a pick list (among the rows the filter leaves). */
  cursor: number;
  /** Why the last submit was refused (validation, a typed name that does not match). */
  problem?: string;
  /** What a Tab completion left possible (a prompt for a path). */
  candidates: string[];
  /** A question's code view is open in its place: it has the keys, the question does not. */
  code: boolean;
  /** Answered: the keys after it in the same burst are not the dialog's any more. */
  answered: boolean;
}

export type DialogAction =
  /** A key for the line editor (by key name: 'left', 'ctrl+u', 'a'). */
  | { type: 'edit'; key: string }
  | { type: 'paste'; text: string }
  /** A completion came back for `asked`: applied only if nothing was typed meanwhile. */
  | { type: 'completed'; asked: string; value: string; candidates: string[] }
  | { type: 'completion-failed' }
  /** Moves the pick list's selection within `count` rows. */
  | { type: 'move'; by: number; count: number }
  | { type: 'refuse'; problem: string }
  | { type: 'show-code'; open: boolean }
  | { type: 'answer' };

export const initDialog = (initial = ''): DialogState => ({ line: lineOf(initial), cursor: 0, candidates: [], code: false, answered: false });

export function dialogReducer(s: DialogState, a: DialogAction): DialogState {
  if (s.answered) return s;
  switch (a.type) {
    case 'edit': {
      const line = editKey(s.line, a.key);
      if (!line) return s;
      // A new filter is a new list: its first row is selected. A refusal is about the old text.
      return line.value === s.line.value ? { ...s, line } : { ...s, line, cursor: 0, problem: undefined };
    }
    case 'paste': {
      const line = pasteLine(s.line, a.text);
      return line.value === s.line.value ? s : { ...s, line, cursor: 0, problem: undefined };
    }
    case 'completed':
      // A key typed while the folder was read wins over the completion.
      return s.line.value === a.asked ? { ...s, line: lineOf(a.value), candidates: a.candidates } : s;
    case 'completion-failed':
      return { ...s, candidates: [] };
    case 'move': {
      const cursor = Math.max(0, Math.min(a.count - 1, s.cursor + a.by));
      return cursor === s.cursor ? s : { ...s, cursor };
    }
    case 'refuse':
      return { ...s, problem: a.problem };
    case 'show-code':
      return { ...s, code: a.open };
    case 'answer':
      return { ...s, answered: true };
  }
}
