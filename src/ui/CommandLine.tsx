// The `:` line, inline at the bottom with the table still in view (it used to be a box over it): Tab
// completes, ↑/↓ walk this session's lines, Enter runs, Esc leaves. It owns the keys while it is open.
// Each key is applied to a ref as it arrives: a burst (paste, tmux send-keys) must not lose any.
import React, { useRef, useState } from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import { LineInput } from './dialogs/LineInput';
import { editLine, lineOf, type Line } from './dialogs/lineEdit';
import { useKeys, keyName } from '../hooks/useKeys';
import { commandFor } from '../keys/keymap';
import type { CommandHistory } from '../hooks/promptCommands';
import { theme } from './theme';

export interface CommandLineProps {
  complete(line: string): { line: string; options: string[] };
  history: CommandHistory;
  submit(line: string): void;
  cancel(): void;
}

const SHOWN = 8;

export function CommandLine({ complete, history, submit, cancel }: CommandLineProps) {
  const state = useRef({ line: lineOf(''), back: 0, draft: '', options: [] as string[] });
  const [, redraw] = useState(0);
  const set = (patch: Partial<typeof state.current>) => {
    state.current = { ...state.current, ...patch };
    redraw((n) => n + 1);
  };
  useKeys((input, key) => {
    const s = state.current;
    switch (commandFor('command', keyName(input, key))) {
      case 'command.run':
        history.add(s.line.value);
        return submit(s.line.value);
      case 'command.cancel':
        return cancel();
      case 'command.complete': {
        const r = complete(s.line.value);
        return set({ line: lineOf(r.line), options: r.options.length > 1 ? r.options : [] });
      }
      case 'command.older': {
        const back = Math.min(history.size, s.back + 1);
        if (back === s.back) return;
        return set({ back, draft: s.back === 0 ? s.line.value : s.draft, line: lineOf(history.at(back) ?? ''), options: [] });
      }
      case 'command.newer': {
        if (s.back === 0) return;
        const back = s.back - 1;
        return set({ back, line: lineOf(back === 0 ? s.draft : (history.at(back) ?? '')), options: [] });
      }
    }
    const next: Line | undefined = editLine(s.line, input, key);
    if (next) set({ line: next, options: [] });
  });
  const { line, options } = state.current;
  return (
    <Box flexDirection="column">
      {options.length ? (
        <Text color={theme.muted} wrap="truncate">
          {options.slice(0, SHOWN).join('  ')}
          {options.length > SHOWN ? `  … ${options.length - SHOWN} more` : ''}
        </Text>
      ) : null}
      {/* LineInput is a component: beside the Texts, not inside one (Safe.tsx holds strings only). */}
      <Box height={1}>
        <Text color={theme.accent}>:</Text>
        <LineInput line={line} />
        {line.value ? null : <Text color={theme.muted} wrap="truncate"> Command (:help lists them) · Tab completes</Text>}
      </Box>
    </Box>
  );
}
