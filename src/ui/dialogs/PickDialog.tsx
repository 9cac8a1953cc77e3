// A list to choose from, with type-to-filter. The choices are fetched when it opens (AMIs, profiles),
// and the request is aborted if the dialog closes first.
import React, { useEffect, useMemo, useRef, useState } from 'react';
import { Text } from '../Safe';
import { useKeys, keyName } from '../../hooks/useKeys';
import type { Choice } from '../../data/actions';
import { explain } from '../../data/errors';
import { commandFor } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { theme } from '../theme';

export interface PickProps {
  title: string;
  choices(signal: AbortSignal): Promise<Choice[]>;
  resolve(value: string | undefined): void;
  height?: number;
}

export function PickDialog({ title, choices, resolve, height = 10 }: PickProps) {
  const [state, setState] = useState<{ list?: Choice[]; error?: unknown }>({});
  const [filter, setFilterState] = useState('');
  const [cursor, setCursorState] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    choices(controller.signal).then(
      (list) => !controller.signal.aborted && setState({ list }),
      (error) => !controller.signal.aborted && setState({ error }),
    );
    return () => controller.abort();
  }, [choices]);

  const shown = useMemo(() => matching(state.list, filter), [state.list, filter]);

  // Keys typed in one burst ("prod\r" from a paste or tmux) arrive before React renders again: the
  // handler reads the values the previous key left, not the last render's.
  const live = useRef({ filter, cursor, list: state.list });
  live.current.list = state.list;
  useKeys((input, key) => {
    const name = keyName(input, key);
    const now = live.current;
    const shown = matching(now.list, now.filter);
    const cursor = now.cursor;
    const setCursor = (next: (c: number) => number) => setCursorState((now.cursor = next(now.cursor)));
    const setFilter = (next: (f: string) => string) => setFilterState((now.filter = next(now.filter)));
    switch (commandFor('dialog', name)) {
      case 'dialog.cancel':
        return resolve(undefined);
      case 'dialog.submit':
        if (shown[cursor]) resolve(shown[cursor].value);
        return;
      case 'dialog.up':
        return setCursor((c) => Math.max(0, c - 1));
      case 'dialog.down':
        return setCursor((c) => Math.min(shown.length - 1, c + 1));
    }
    if (name === 'backspace') {
      setFilter((f) => f.slice(0, -1));
      setCursor(() => 0);
    } else if (input && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input)) {
      setFilter((f) => f + input);
      setCursor(() => 0);
    }
  });

  const first = Math.max(0, Math.min(cursor - Math.floor(height / 2), shown.length - height));
  return (
    <DialogFrame title={title}>
      <Text>
        <Text color={theme.accent}>filter: </Text>
        {filter}
        <Text inverse> </Text>
      </Text>
      {state.error ? (
        <Text color={theme.error}>{explain(state.error, 'listing the choices').message}</Text>
      ) : !state.list ? (
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
