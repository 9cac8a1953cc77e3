// The code view: what is in view as AWS CLI, boto3 (client and resource) and JS SDK v3 code, one tab
// each, generated from the request awsnav sends. Keys: src/hooks/useCodeView.ts; text through Safe.
import React from 'react';
import { Box, useWindowSize } from 'ink';
import { Text } from './Safe';
import { DialogFrame } from './dialogs/DialogFrame';
import { theme } from './theme';
import { useCodeView, type CodeViewModel } from '../hooks/useCodeView';
import type { CodeSubject } from '../data/code/subject';
import { keyOf } from '../keys/keymap';

export function CodeView({ subjects, height, close }: { subjects: CodeSubject[]; height: number; close(): void }) {
  const { columns } = useWindowSize();
  // The frame's border and padding take four columns.
  const model = useCodeView(subjects, height, columns - 4, close);
  // The whole width, whichever tab is shown: the frame does not jump as tabs change.
  return (
    <Box width={columns} flexDirection="column">
      <CodeViewBody {...model} />
    </Box>
  );
}

export function CodeViewBody({ subjects, state, tabs, tab, shown, page, copied }: CodeViewModel) {
  const subject = subjects[Math.min(state.subject, subjects.length - 1)];
  const more = subjects.length > 1 ? ` · ${keyOf('code.subject', 'code')}: ${state.subject + 1} of ${subjects.length}` : '';
  return (
    <DialogFrame title={`code · ${subject.title}${more}`}>
      <Box>
        {tabs.map((t, i) => (
          <Text key={t.id} inverse={i === state.tab} color={i === state.tab ? theme.accent : undefined}>
            {` ${i + 1} ${t.title} `}
          </Text>
        ))}
      </Box>
      <Box flexDirection="column" height={page}>
        {shown.slice(state.top, state.top + page).map((l, i) => (
          <Text key={state.top + i} wrap="truncate">
            {l.cont ? <Text color={theme.muted}>{'↪ '}</Text> : null}
            {/* An empty Text takes no line: a blank line of code must still show. */}
            {l.text || ' '}
          </Text>
        ))}
      </Box>
      <Text color={theme.muted} wrap="truncate">
        {shown.length > page ? `lines ${state.top + 1}–${Math.min(shown.length, state.top + page)} of ${shown.length} · ` : ''}
        {copied ?? `${tab.title}: Y copies it, :code FILE writes it`}
      </Text>
    </DialogFrame>
  );
}
