// Y: a small menu of what the selected row can be copied as (data/yank.ts), then OSC 52
// (data/clipboard.ts): the terminal sets its own clipboard, over ssh and in tmux with set-clipboard on.
import { useCallback } from 'react';
import type { Dialogs } from '../data/actions';
import type { Ctx, TreeNode } from '../data/tree';
import { yankChoices } from '../data/yank';
import { copyToClipboard } from '../data/clipboard';
import { sanitize } from '../data/sanitize';
import type { BrowserStore } from './useBrowser';

export function useYank(store: BrowserStore, dialogs: Dialogs, out?: { isTTY?: boolean; write(s: string): unknown }) {
  return useCallback(
    async (node: TreeNode, ctx: Ctx) => {
      const notify = (text: string, level: 'ok' | 'error' = 'ok') => store.dispatch({ type: 'notify', notice: { text, level } });
      const choices = yankChoices(node, ctx);
      const value = choices.length === 1 ? choices[0].value : await dialogs.pick('Copy to the clipboard', async () => choices);
      if (value === undefined) return;
      if (copyToClipboard(value, out)) notify(`Copied ${sanitize(value)} to the clipboard (OSC 52).`);
      else notify('Not copied: the output is not a terminal (OSC 52 needs one).', 'error');
    },
    [store, dialogs, out],
  );
}
