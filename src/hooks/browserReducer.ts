// The browser's state machine: the stack of frames walked so far, and which mode owns the keys.
// Named actions, no I/O: pagers are created here but only fetch when a hook asks them to.
import type { Ctx, TreeNode } from '../data/tree';
import { makeFrame, scrollOffset, type Frame, type FrameOptions } from './frame';

export type Mode = 'browse' | 'filter' | 'help';

export interface BrowserState {
  stack: Frame[];
  mode: Mode;
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
  | { type: 'set-filter'; text: string };

export function initBrowser(path: TreeNode[], options: FrameOptions = {}): BrowserState {
  const stack: Frame[] = [];
  let ctx: Ctx = {};
  for (const n of path) {
    const f = makeFrame(n, ctx, options);
    stack.push(f);
    ctx = f.ctx;
  }
  return { stack, mode: 'browse', options };
}

const top = (s: BrowserState) => s.stack[s.stack.length - 1];

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
      const f = top(state);
      const parentCtx = state.stack.length > 1 ? state.stack[state.stack.length - 2].ctx : {};
      return replaceTop(state, { pager: makeFrame(f.node, parentCtx, state.options).pager, cursor: 0, offset: 0 });
    }
    case 'set-mode':
      return { ...state, mode: action.mode };
    case 'set-filter':
      return replaceTop(state, { filter: action.text, cursor: 0, offset: 0 });
  }
}
