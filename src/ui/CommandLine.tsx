// The `:` line, inline at the bottom with the table still in view (it used to be a box over it): Tab
// completes, ↑/↓ walk this session's lines, Enter runs, Esc leaves. It owns the keys while it is open.
// Each key is applied to a ref as it arrives: a burst (paste, tmux send-keys) must not lose any.
import React, { useRef, useState } from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import { LineInput } from './dialogs/LineInput';
import { editLine, lineOf, type Line } from './dialogs/lineEdit';
import { useKeys, keyName } from '../hooks/useKeys';
import { keyOf } from '../keys/keymap';
import type { CommandLineProps } from '../hooks/useCommandLine';
import { dispatchKey } from '../hooks/controllers/dispatch';
import { commandController, type LinePatch } from '../hooks/controllers/commandController';
import { theme } from './theme';

export type { CommandLineProps };

const SHOWN = 8;

export function CommandLine(props: CommandLineProps) {
  const state = useRef({ line: lineOf(''), back: 0, draft: '', options: [] as string[] });
  const [, redraw] = useState(0);
  const set = (patch: Partial<typeof state.current>) => {
    state.current = { ...state.current, ...patch };
    redraw((n) => n + 1);
  };
  // A command's patch names the line by its text; the editor's cursor goes to its end.
  const apply = ({ value, ...rest }: LinePatch) => set({ ...rest, ...(value !== undefined ? { line: lineOf(value) } : {}) });
  useKeys((input, key) => {
    const s = state.current;
    const handlers = commandController({ value: s.line.value, back: s.back, draft: s.draft }, props, apply);
    if (dispatchKey('command', keyName(input, key), handlers)) return;
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
        {line.value ? null : <Text color={theme.muted} wrap="truncate">{` Command (:help lists them) · ${keyOf('command.complete', 'command')} completes`}</Text>}
      </Box>
    </Box>
  );
}
