// A scrollable text (the raw view of an API record, the preview of an object). Lines arrive
// sanitised by whoever made them; this view only scrolls.
import React, { useState } from 'react';
import { Box } from 'ink';
import { Text } from '../Safe';
import { useKeys, keyName } from '../../hooks/useKeys';
import { commandFor } from '../../keys/keymap';
import { DialogFrame } from './DialogFrame';
import { theme } from '../theme';

export function TextView({ title, lines, note, height, close }: { title: string; lines: string[]; note?: string; height: number; close(): void }) {
  const page = Math.max(1, height - 5);
  const [top, setTop] = useState(0);
  const clamp = (t: number) => Math.max(0, Math.min(t, Math.max(0, lines.length - page)));
  useKeys((input, key) => {
    switch (commandFor('text', keyName(input, key))) {
      case 'text.up':
        return setTop((t) => clamp(t - 1));
      case 'text.down':
        return setTop((t) => clamp(t + 1));
      case 'text.pageUp':
        return setTop((t) => clamp(t - page));
      case 'text.pageDown':
        return setTop((t) => clamp(t + page));
      case 'text.close':
        return close();
    }
  });
  return (
    <DialogFrame title={title} scope="text">
      <Box flexDirection="column" height={page}>
        {lines.slice(top, top + page).map((l, i) => (
          <Text key={top + i} wrap="truncate">
            {l}
          </Text>
        ))}
      </Box>
      <Text color={theme.muted}>
        {lines.length ? `lines ${top + 1}–${Math.min(lines.length, top + page)} of ${lines.length}` : 'empty'}
        {note ? ` · ${note}` : ''}
      </Text>
    </DialogFrame>
  );
}
