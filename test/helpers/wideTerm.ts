// ink-testing-library's render at a size of our choosing (sized.ts): its terminal is always 100
// columns, too narrow for the detail pane, whose border is what tells a test the table's rows are aligned.
import type { ReactElement } from 'react';
import { renderSized } from './sized';

export function renderAt(tree: ReactElement, size: { columns: number; rows: number }) {
  const r = renderSized(tree, size.columns, size.rows);
  return { stdin: r.stdin, frames: r.stdout.frames, lastFrame: r.lastFrame, unmount: r.unmount };
}
