// The code view's keys (code scope): ←/→ or 1–4 switch tabs, Tab the request, ↑/↓ and PgUp/PgDn
// scroll, Y copies the tab (OSC 52), Esc closes. The view's state is useCodeView's reducer.
import type { KeyHandler } from './dispatch';
import type { CodeViewAction } from '../useCodeView';

export interface CodeKeys {
  tabs: number;
  subjects: number;
  page: number;
  max: number;
  dispatch(a: CodeViewAction): void;
  copy(): void;
  close(): void;
}

export function codeController({ tabs, subjects, page, max, dispatch, copy, close }: CodeKeys): KeyHandler[] {
  const scroll = (delta: number) => () => dispatch({ type: 'scroll-by', delta, max });
  return [
    { command: 'code.nextTab', run: () => dispatch({ type: 'tab-by', delta: 1, tabs }) },
    { command: 'code.prevTab', run: () => dispatch({ type: 'tab-by', delta: -1, tabs }) },
    { command: 'code.tab', run: (name) => dispatch({ type: 'tab-to', index: Number(name) - 1, tabs }) },
    {
      command: 'code.subject',
      run: () => dispatch({ type: 'next-subject', subjects }),
      disabled: () => (subjects > 1 ? undefined : 'One request here: nothing else to show.'),
    },
    { command: 'code.up', run: scroll(-1) },
    { command: 'code.down', run: scroll(1) },
    { command: 'code.pageUp', run: scroll(-page) },
    { command: 'code.pageDown', run: scroll(page) },
    { command: 'code.copy', run: copy },
    { command: 'code.close', run: close },
  ];
}
