// Help by sections, each fitting the screen: a line of section names to jump between (←/→, Tab, or
// the section's number), and the one in view. The box keeps one width whichever section shows.
import React, { useMemo, useState } from 'react';
import { Box, useWindowSize } from 'ink';
import { Text } from './Safe';
import { useKeys, keyName } from '../hooks/useKeys';
import { commandFor } from '../keys/keymap';
import { DialogFrame } from './dialogs/DialogFrame';
import { helpSections } from './helpLines';
import { theme } from './theme';

// Border (2), title, section names, the note and the key hints.
const CHROME = 6;

export function HelpView({ height, close }: { height: number; close(): void }) {
  const { columns } = useWindowSize();
  const page = Math.max(3, height - CHROME);
  const sections = useMemo(() => helpSections(page), [page]);
  const [at, setAt] = useState(0);
  const go = (i: number) => setAt(((i % sections.length) + sections.length) % sections.length);
  useKeys((input, key) => {
    const name = keyName(input, key);
    if (/^[1-9]$/.test(name) && Number(name) <= sections.length) return go(Number(name) - 1);
    switch (commandFor('text', name)) {
      case 'help.next':
      case 'text.down':
      case 'text.pageDown':
        return go(at + 1);
      case 'help.prev':
      case 'text.up':
      case 'text.pageUp':
        return go(at - 1);
      case 'text.close':
        return close();
    }
  });
  const current = sections[Math.min(at, sections.length - 1)];
  // Every section's name when they fit on the line; else numbers, and the name of the one in view.
  const names = sections.map((s, i) => `${i + 1} ${s.title}`).join(' ').length <= columns - 4;
  return (
    <Box width={columns} flexDirection="column">
      <DialogFrame title={`Help · ${current.title}`} scope="text">
        <Text wrap="truncate">
          {sections.map((s, i) => (
            <Text key={s.title} inverse={i === at} color={i === at ? theme.accent : theme.muted}>
              {i > 0 ? ' ' : ''}
              {names || i === at ? `${i + 1} ${s.title}` : String(i + 1)}
            </Text>
          ))}
        </Text>
        <Box flexDirection="column" height={page}>
          {current.lines.map((l, i) => (
            <Text key={i} wrap="truncate">
              {l}
            </Text>
          ))}
        </Box>
        <Text color={theme.muted} wrap="truncate">
          {`section ${at + 1} of ${sections.length} · ←/→ or Tab: next section · 1–${Math.min(9, sections.length)} jump`}
        </Text>
      </DialogFrame>
    </Box>
  );
}
