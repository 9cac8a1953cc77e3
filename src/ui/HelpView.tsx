import React from 'react';
import { Box, Text } from 'ink';
import { bindingsFor, keyLabel, type Scope } from './keymap';
import { theme } from './theme';

const sections: { scope: Scope; title: string }[] = [
  { scope: 'browse', title: 'Browsing' },
  { scope: 'filter', title: 'While filtering' },
];

/** Help, generated from the keymap, so it can never disagree with what the keys do. */
export function HelpView({ height }: { height: number }) {
  return (
    <Box flexDirection="column" height={height} borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold>Keys</Text>
      {sections.map((s) => (
        <Box key={s.scope} flexDirection="column" marginTop={1}>
          <Text bold color={theme.accent}>{s.title}</Text>
          {bindingsFor(s.scope).map((b) => (
            <Text key={b.command}>
              <Text>{b.keys.map(keyLabel).join(' / ').padEnd(22)}</Text>
              <Text color={theme.muted}>{b.description}</Text>
            </Text>
          ))}
        </Box>
      ))}
      <Box marginTop={1}>
        <Text color={theme.muted}>Ctrl-C quits from anywhere.</Text>
      </Box>
    </Box>
  );
}
