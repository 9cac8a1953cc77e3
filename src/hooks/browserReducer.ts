// The browser's state machine: the stack of frames walked so far, which part owns the keys, the
// dialog on top (if any) and the last notice. Named actions, no I/O: pagers are created here but
// only fetch when a hook asks them to.
import type { Ctx, TreeNode } from '../data/tree';
import type { Choice } from '../data/actions';
import type { SortState } from '../data/sort';
import type { CodeSubject } from '../data/code/subject';
import type { Completion } from '../data/pathComplete';
import { makeFrame, scrollOffset, type Frame, type FrameOptions } from './frame';

/** Which part owns the keys. A dialog, when open, owns them before any of these. */
export type Mode = 'browse' | 'filter' | 'jobs' | 'command';

/** A yes/no answer, or 'settings': the person asked to change the settings the question showed. */
export type ConfirmAnswer = boolean | 'settings';

export type Modal =
  /** `settings`: what the action will use ("Delay 15 s · MaxAttempts 40"), shown under the question. */
  | { kind: 'confirm'; title: string; message: string; code?: CodeSubject[]; settings?: string; calm?: boolean; resolve(answer: ConfirmAnswer): void }
  | { kind: 'type-confirm'; title: string; message: string; expected: string; settings?: string; resolve(answer: ConfirmAnswer): void }
  | {
      kind: 'prompt';
      title: string;
      label: string;
      initial: string;
      validate?(value: string): string | undefined;
      complete?(value: string): Promise<Completion>;
      resolve(value: string | undefined): void;
    }
  | { kind: 'pick'; title: string; choices(signal: AbortSignal): Promise<Choice[]>; resolve(value: string | undefined): void }
  /** The code view (CodeView.tsx): what is in view as AWS CLI, boto3 and JS SDK code, one request at a time. */
  | { kind: 'code'; subjects: CodeSubject[] }
  /** A scrollable text: the raw view of a record, the preview of an object. */
  | { kind: 'text'; title: string; lines: string[]; note?: string; /** Help: HelpView builds its sections itself (no lines), from the keymap and what is off here. */ help?: boolean };

export interface Notice {
  text: string;
  level: 'info' | 'ok' | 'error';
}

export interface BrowserState {
  stack: Frame[];
  mode: Mode;
  modal?: Modal;
  /**
   * Dialogs asked for while another is open (an action's confirmation arriving while help is shown):
   * each waits its turn, so no dialog's promise is left unanswered behind another.
   */
  queued?: Modal[];
  /** The open question shows its action as code (C): the footer then offers the code view's keys. */
  modalCode?: boolean;
  notice?: Notice;
  /** The selected job while the jobs panel has the keys. */
  jobCursor: number;
  options: FrameOptions;
}

export type BrowserAction =
  | { type: 'open'; node: TreeNode }
  | { type: 'back' }
  // Relative moves are resolved here, against the latest state: keys typed faster than frames render
  // (a held j, three PgDn in one burst) each count. `count` bounds the cursor; `height` is the view's.
  | { type: 'move-by'; delta: number; count: number; height: number }
  | { type: 'move-to'; index: number; count: number; height: number }
  | { type: 'refresh' }
  | { type: 'set-mode'; mode: Mode }
  | { type: 'set-filter'; text: string }
  | { type: 'open-modal'; modal: Modal }
  | { type: 'close-modal' }
  | { type: 'modal-code'; open: boolean }
  | { type: 'notify'; notice: Notice | undefined }
  | { type: 'job-cursor'; index: number }
  | { type: 'set-sort'; sort: SortState | undefined }
  /** Page size and the like (`:pagesize 200`): the listing in view is read again with them. */
  | { type: 'set-options'; options: Partial<FrameOptions> }
  /**
   * Another view of the same place (flat ⇄ folders): pushed over the view it came from, so Esc returns
   * there like from any derived view (content type, versions); toggled back, it is taken off again.
   */
  | { type: 'replace'; node: TreeNode }
  /** Replace the whole path (profile or region switch keeps the part of the path that still exists). */
  | { type: 'set-path'; path: TreeNode[]; cursors?: (number | undefined)[] };

export function initBrowser(path: TreeNode[], options: FrameOptions = {}): BrowserState {
  return { stack: framesFor(path, options), mode: 'browse', jobCursor: 0, options };
}

function framesFor(path: TreeNode[], options: FrameOptions): Frame[] {
  const stack: Frame[] = [];
  let ctx: Ctx = {};
  for (const n of path) {
    const f = makeFrame(n, ctx, options);
    stack.push(f);
    ctx = f.ctx;
  }
  return stack;
}

const top = (s: BrowserState) => s.stack[s.stack.length - 1];
/** A frame pushed by a view toggle (`replace`): toggling again goes back to the view below it. */
type Derived = Frame & { derived?: true };

function replaceTop(s: BrowserState, patch: Partial<Frame>): BrowserState {
  return { ...s, stack: [...s.stack.slice(0, -1), { ...top(s), ...patch }] };
}

export function browserReducer(state: BrowserState, action: BrowserAction): BrowserState {
  switch (action.type) {
    case 'open':
      if (!action.node.type.children) return state;
      return { ...state, mode: 'browse', stack: [...state.stack, makeFrame(action.node, top(state).ctx, state.options)] };
    case 'back':
      if (state.stack.length <= 1) return state;
      return { ...state, mode: 'browse', stack: state.stack.slice(0, -1) };
    case 'move-by':
    case 'move-to': {
      const f = top(state);
      const wanted = action.type === 'move-by' ? f.cursor + action.delta : action.index;
      const cursor = Math.max(0, Math.min(wanted, action.count - 1));
      if (cursor === f.cursor) return state;
      return replaceTop(state, { cursor, offset: scrollOffset(cursor, f.offset, action.height) });
    }
    case 'refresh': {
      // A fresh pager; the cursor stays where it was (clamped by the next move) so a refresh after a
      // delete does not throw the person back to the top.
      const f = top(state);
      const parentCtx = state.stack.length > 1 ? state.stack[state.stack.length - 2].ctx : {};
      return replaceTop(state, { pager: makeFrame(f.node, parentCtx, state.options).pager });
    }
    case 'set-mode':
      return { ...state, mode: action.mode };
    case 'set-filter':
      return replaceTop(state, { filter: action.text, cursor: 0, offset: 0 });
    case 'open-modal':
      return state.modal ? { ...state, queued: [...(state.queued ?? []), action.modal] } : { ...state, modal: action.modal };
    case 'close-modal':
      return state.modal ? { ...state, modal: state.queued?.[0], queued: state.queued?.slice(1), modalCode: false } : state;
    case 'modal-code':
      return state.modal && state.modalCode !== action.open ? { ...state, modalCode: action.open } : state;
    case 'notify':
      return state.notice === action.notice ? state : { ...state, notice: action.notice };
    case 'job-cursor':
      return { ...state, jobCursor: Math.max(0, action.index) };
    case 'set-sort':
      return replaceTop(state, { sort: action.sort, cursor: 0, offset: 0 });
    case 'set-options': {
      // Read again from where the cursor is, at once (pager.reopen); the cursor stays on its row.
      const options = { ...state.options, ...action.options };
      const f = top(state);
      return { ...replaceTop(state, { pager: f.pager.reopen(options, f.cursor) }), options };
    }
    case 'replace': {
      if (!action.node.type.children) return state;
      const f = top(state) as Derived;
      if (f.derived && state.stack.length > 1) return { ...state, mode: 'browse', stack: state.stack.slice(0, -1) };
      const derived: Derived = { ...makeFrame(action.node, f.ctx, state.options), sort: f.sort, derived: true };
      return { ...state, mode: 'browse', stack: [...state.stack, derived] };
    }
    case 'set-path': {
      // cursors[i]: the row of path[i + 1] in frame i's listing, so going back lands on it.
      const stack = framesFor(action.path, state.options).map((f, i) => {
        const cursor = action.cursors?.[i];
        return cursor === undefined ? f : { ...f, cursor };
      });
      return { ...state, mode: 'browse', stack };
    }
  }
}
