// The `:` line's keys (command scope): Enter runs, Esc leaves, Tab completes, ↑/↓ walk this session's
// lines. Any other key edits the line (CommandLine's line editor).
import type { KeyHandler } from './dispatch';
import type { CommandLineProps } from '../useCommandLine';

/** Where the line is: its text, how far back in the history, the line typed before walking back. */
export interface LineState {
  value: string;
  back: number;
  draft: string;
}

/** What a key changes: `value` replaces the line; `options` are Tab's choices (cleared otherwise). */
export type LinePatch = Partial<LineState> & { options?: string[] };

export function commandController(s: LineState, { complete, history, submit, cancel }: CommandLineProps, set: (p: LinePatch) => void): KeyHandler[] {
  return [
    {
      command: 'command.run',
      run: () => {
        history.add(s.value);
        submit(s.value);
      },
    },
    { command: 'command.cancel', run: cancel },
    {
      command: 'command.complete',
      run: () => {
        const r = complete(s.value);
        set({ value: r.line, options: r.options.length > 1 ? r.options : [] });
      },
    },
    {
      command: 'command.older',
      run: () => {
        const back = Math.min(history.size, s.back + 1);
        if (back !== s.back) set({ back, draft: s.back === 0 ? s.value : s.draft, value: history.at(back) ?? '', options: [] });
      },
    },
    {
      command: 'command.newer',
      run: () => {
        if (s.back === 0) return;
        const back = s.back - 1;
        set({ back, value: back === 0 ? s.draft : (history.at(back) ?? ''), options: [] });
      },
    },
  ];
}
