// The code view's state (which request, which tab, how far scrolled) as a reducer with named actions,
// and its keys through the keymap's `code` scope: ←/→ or 1–4 switch tabs, Tab the request, ↑/↓ and
// PgUp/PgDn scroll, Y copies the tab (OSC 52), Esc closes.
import { useMemo, useReducer, useState } from 'react';
import { useKeys, keyName } from './useKeys';
import { codeTabs, type CodeTab } from '../data/code/index';
import type { CodeSubject } from '../data/code/subject';
import { copyToClipboard } from '../data/clipboard';
import { foldLines, type ShownLine } from './codeWrap';
import { dispatchKey } from './controllers/dispatch';
import { codeController } from './controllers/codeController';

export interface CodeViewState {
  subject: number;
  tab: number;
  top: number;
}

export type CodeViewAction =
  | { type: 'tab-by'; delta: number; tabs: number }
  | { type: 'tab-to'; index: number; tabs: number }
  | { type: 'next-subject'; subjects: number }
  | { type: 'scroll-by'; delta: number; max: number };

export function codeViewReducer(s: CodeViewState, a: CodeViewAction): CodeViewState {
  switch (a.type) {
    case 'tab-by':
      return { ...s, tab: (s.tab + a.delta + a.tabs) % a.tabs, top: 0 };
    case 'tab-to':
      return a.index >= 0 && a.index < a.tabs ? { ...s, tab: a.index, top: 0 } : s;
    case 'next-subject':
      return a.subjects > 1 ? { ...s, subject: (s.subject + 1) % a.subjects, top: 0 } : s;
    case 'scroll-by':
      return { ...s, top: Math.max(0, Math.min(s.top + a.delta, a.max)) };
  }
}

export interface CodeViewModel {
  subjects: CodeSubject[];
  state: CodeViewState;
  tabs: CodeTab[];
  tab: CodeTab;
  shown: ShownLine[];
  page: number;
  /** What the last Y did, for the footer. */
  copied?: string;
}

export function useCodeView(subjects: CodeSubject[], height: number, width: number, close: () => void): CodeViewModel {
  const [state, dispatch] = useReducer(codeViewReducer, { subject: 0, tab: 0, top: 0 });
  const [copied, setCopied] = useState<string>();
  const subject = subjects[Math.min(state.subject, subjects.length - 1)];
  const tabs = useMemo(() => codeTabs(subject.request), [subject]);
  const tab = tabs[state.tab];
  const shown = useMemo(() => foldLines(tab.lines, width), [tab, width]);
  // Title, tab bar, footer and the frame's border take 5 lines (the keys are the screen's footer's).
  const page = Math.max(1, height - 5);
  const max = Math.max(0, shown.length - page);
  const copy = () =>
    setCopied(copyToClipboard(tab.lines.join('\n') + '\n') ? `${tab.title} copied (OSC 52)` : 'no terminal to copy to: :code FILE writes it');
  // The code view has no status line of its own: what a key that is off says goes where Y's answer does.
  useKeys((input, key) =>
    void dispatchKey('code', keyName(input, key), codeController({ tabs: tabs.length, subjects: subjects.length, page, max, dispatch, copy, close }), (why) => setCopied(why)),
  );
  return { subjects, state: { ...state, top: Math.min(state.top, max) }, tabs, tab, shown, page, copied };
}
