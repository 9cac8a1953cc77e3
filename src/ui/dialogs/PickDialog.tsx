// A list to choose from, with type-to-filter. The choices are fetched when it opens (AMIs, profiles),
// and the request is aborted if the dialog closes first. The filter is the dialogs' one line editor
// and the selection lives in useDialogState, so "prod\r" in one burst picks what "prod" leaves first.
import React, { useEffect, useMemo, useState } from 'react';
import { Box } from 'ink';
import { Text } from '../Safe';
import type { Choice } from '../../data/actions';
import { explain } from '../../data/errors';
import { DialogFrame } from './DialogFrame';
import { LineInput } from './LineInput';
import { useDialogState } from './useDialogState';
import { theme } from '../theme';

export interface PickProps {
  title: string;
  choices(signal: AbortSignal): Promise<Choice[]>;
  resolve(value: string | undefined): void;
  height?: number;
}

export function PickDialog({ title, choices, resolve, height = 10 }: PickProps) {
  const [loaded, setLoaded] = useState<{ list?: Choice[]; error?: unknown }>({});
  useEffect(() => {
    const controller = new AbortController();
    choices(controller.signal).then(
      (list) => !controller.signal.aborted && setLoaded({ list }),
      (error) => !controller.signal.aborted && setLoaded({ error }),
    );
    return () => controller.abort();
  }, [choices]);

  const { state } = useDialogState({
    scope: 'dialog',
    line: '',
    commands: {
      'dialog.cancel': (_, d) => d.answer(() => resolve(undefined)),
      'dialog.submit': (s, d) => {
        const chosen = matching(loaded.list, s.line.value)[s.cursor];
        if (chosen) d.answer(() => resolve(chosen.value));
      },
      'dialog.up': (_, d) => void d.dispatch({ type: 'move', by: -1, count: Infinity }),
      'dialog.down': (s, d) => void d.dispatch({ type: 'move', by: 1, count: matching(loaded.list, s.line.value).length }),
    },
  });
  const shown = useMemo(() => matching(loaded.list, state.line.value), [loaded.list, state.line.value]);
  const cursor = Math.min(state.cursor, Math.max(0, shown.length - 1));

  const first = Math.max(0, Math.min(cursor - Math.floor(height / 2), shown.length - height));
  return (
    <DialogFrame title={title}>
      <Box>
        <Text color={theme.accent}>filter: </Text>
        <LineInput line={state.line} />
      </Box>
      {loaded.error ? (
        <Text color={theme.error}>{explain(loaded.error, 'listing the choices').message}</Text>
      ) : !loaded.list ? (
        <Text color={theme.muted}>loading…</Text>
      ) : shown.length === 0 ? (
        <Text color={theme.muted}>Nothing matches.</Text>
      ) : (
        shown.slice(first, first + height).map((c, i) => (
          <Text key={c.value} inverse={first + i === cursor} wrap="truncate">
            {first + i === cursor ? '▸ ' : '  '}
            {c.label}
          </Text>
        ))
      )}
    </DialogFrame>
  );
}

function matching(list: Choice[] | undefined, filter: string): Choice[] {
  const f = filter.toLowerCase();
  return (list ?? []).filter((c) => c.label.toLowerCase().includes(f) || c.value.toLowerCase().includes(f));
}
