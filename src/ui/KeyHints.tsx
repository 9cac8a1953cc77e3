import React, { memo } from 'react';
import { useWindowSize } from 'ink';
import { Text } from './Safe';
import { bindingsFor, keyLabel, type Scope } from '../keys/keymap';
import { theme } from './theme';
import { sameProps } from './sameProps';
import { cells } from './fit';

export interface Hint {
  key: string;
  label: string;
}

// Always the last two in the list's footer, whatever the width: the way to every other key, and out.
const PINNED = new Set(['help', 'quit']);
const SEP = 2;
const width = (h: Hint) => cells(keyLabel(h.key)) + 1 + cells(h.label);

/**
 * Which hints fit in `width`, by priority: the scope's first hints (open, back, filter), then `extra`
 * (the actions on what is selected), then the rest; the pinned `? help` and `q quit` always end the
 * line. A label already shown (Ctrl-D and D both "delete prefix") is shown once.
 */
export function fitHints(scope: Scope, extra: Hint[], total: number): Hint[] {
  const own = bindingsFor(scope)
    .filter((b) => b.hint)
    .map((b) => ({ key: b.keys[0], label: b.hint!, pinned: PINNED.has(b.hint!) }));
  const tail = own.filter((h) => h.pinned);
  // `↓ move` is what every list does: it gives way first.
  const rest = own.filter((h) => !h.pinned).sort((a, b) => Number(a.label === 'move') - Number(b.label === 'move'));
  const wanted = [...rest.slice(0, 3), ...extra, ...rest.slice(3)];
  let used = tail.reduce((w, h) => w + width(h) + SEP, 0);
  const seen = new Set<string>();
  const out: Hint[] = [];
  for (const h of wanted) {
    if (seen.has(h.label)) continue;
    const w = width(h) + SEP;
    if (used + w > total) continue;
    seen.add(h.label);
    out.push({ key: h.key, label: h.label });
    used += w;
  }
  return [...out, ...tail.map((h) => ({ key: h.key, label: h.label }))];
}

/** The footer, generated from the keymap (fitHints). */
export const KeyHints = memo(function KeyHints({ scope, extra = [], width: given }: { scope: Scope; extra?: Hint[]; width?: number }) {
  const { columns } = useWindowSize();
  const hints = fitHints(scope, extra, given ?? columns);
  return (
    <Text wrap="truncate">
      {hints.map((h, i) => (
        <Text key={h.key + h.label}>
          {i > 0 ? '  ' : ''}
          <Text color={theme.accent}>{keyLabel(h.key)}</Text>
          <Text color={theme.muted}> {h.label}</Text>
        </Text>
      ))}
    </Text>
  );
}, sameProps);
