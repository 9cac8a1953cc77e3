import React, { memo } from 'react';
import { useWindowSize } from 'ink';
import { Text } from './Safe';
import { bindingsFor, keyLabel, keymap, type Scope } from '../keys/keymap';
import type { ActionSpec } from '../data/actions';
import type { OffKey } from '../hooks/controllers/dispatch';
import { theme } from './theme';
import { sameProps } from './sameProps';
import { cells } from '../hooks/fit';

export interface Hint {
  key: string;
  label: string;
}

// Always the last two in the list's footer, whatever the width: the way to every other key, and out.
const PINNED = new Set(['help', 'quit']);
const SEP = 2;
const width = (h: Hint) => cells(keyLabel(h.key)) + 1 + cells(h.label);

/** The actions offered here as hints: each one's key (the keymap's) and its label (the action's). */
export function actionHints(actions: readonly ActionSpec[]): Hint[] {
  return actions.flatMap((a) => {
    const b = keymap.find((k) => k.command === a.command && k.scope === 'browse');
    return b ? [{ key: b.keys[0], label: a.label.toLowerCase() }] : [];
  });
}

/**
 * Which hints fit in `width`, by priority: the scope's first hints (open, back, filter), then `extra`
 * (the actions on what is selected), then the rest; the pinned `? help` and `q quit` always end the
 * line. A label already shown (Ctrl-D and D both "delete prefix") is shown once. A key that is off
 * here (`off`: the controllers' "disabled because") is not offered; help says why.
 */
export function fitHints(scope: Scope, extra: Hint[], total: number, off: readonly OffKey[] = []): Hint[] {
  const own = bindingsFor(scope)
    .filter((b) => b.hint && !off.some((o) => o.command === b.command))
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

const NONE: readonly ActionSpec[] = [];
const NO_HINTS: Hint[] = [];
const NO_OFF: readonly OffKey[] = [];

/** The footer, generated from the keymap, the actions offered here and the keys that are off (fitHints). */
export const KeyHints = memo(function KeyHints({
  scope,
  extra = NO_HINTS,
  actions = NONE,
  off = NO_OFF,
  width: given,
}: {
  scope: Scope;
  /** Hints of the scope's own (a dialog's field keys). */
  extra?: Hint[];
  actions?: readonly ActionSpec[];
  off?: readonly OffKey[];
  width?: number;
}) {
  const { columns } = useWindowSize();
  // Off keys are the list's: a dialog's footer has its own scope and shows all its keys.
  const hints = fitHints(scope, [...actionHints(actions), ...extra], given ?? columns, scope === 'browse' ? off : NO_OFF);
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
