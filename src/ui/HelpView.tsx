// Help by sections, each fitting the screen: a line of section names to jump between (←/→, Tab, or
// the section's number), and the one in view. The box keeps one width whichever section shows.
import React, { useContext, useMemo, useState } from 'react';
import { Box, useWindowSize } from 'ink';
import { Text } from './Safe';
import { useKeys, keyName } from '../hooks/useKeys';
import { keyOf } from '../keys/keymap';
import { dispatchKey } from '../hooks/controllers/dispatch';
import { helpController, OffHereContext } from '../hooks/controllers/helpController';
import { DialogFrame } from './dialogs/DialogFrame';
import { helpSections } from '../hooks/helpLines';
import { theme } from './theme';

// Border (2), title, section names and the note (the screen's footer has the keys).
const CHROME = 5;

export function HelpView({ height, close }: { height: number; close(): void }) {
  const { columns } = useWindowSize();
  const page = Math.max(3, height - CHROME);
  // Why keys are off where help was opened: its first section (Browser provides it).
  const off = useContext(OffHereContext);
  // The box's border and padding take 4 columns.
  const sections = useMemo(() => helpSections(page, off, columns - 4), [page, off, columns]);
  const [at, setAt] = useState(0);
  const go = (i: number) => setAt(((i % sections.length) + sections.length) % sections.length);
  useKeys((input, key) => void dispatchKey('text', keyName(input, key), helpController(at, sections.length, go, close)));
  const current = sections[Math.min(at, sections.length - 1)];
  // Every section's name when they fit on the line; else numbers, and the name of the one in view.
  const names = sections.map((s, i) => `${i + 1} ${s.title}`).join(' ').length <= columns - 4;
  return (
    <Box width={columns} flexDirection="column">
      <DialogFrame title={`Help · ${current.title}`}>
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
          {`section ${at + 1} of ${sections.length} · ${keyOf('help.prev', 'text')}/${keyOf('help.next', 'text')}: section · 1–${Math.min(9, sections.length)} jump`}
        </Text>
      </DialogFrame>
    </Box>
  );
}
