import React, { memo } from 'react';
import { Box } from 'ink';
import { Text } from './Safe';
import type { DetailField } from '../data/tree';
import { theme } from './theme';
import { sameProps } from './sameProps';
import { fit } from './fit';
import type { Explained } from '../data/errors';

export interface DetailPaneProps {
  title: string;
  fields: DetailField[];
  loading: boolean;
  error?: Explained;
  width: number;
  height: number;
}

/** The selected node: fields known from the listing at once, then the full record when it arrives. */
export const DetailPane = memo(function DetailPane({ title, fields, loading, error, width, height }: DetailPaneProps) {
  const labelWidth = Math.min(16, Math.max(...fields.map((f) => f.label.length), 4));
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.muted} paddingX={1}>
      <Text bold wrap="truncate">{title}</Text>
      {fields.slice(0, Math.max(0, height - 5)).map((f, i) => (
        <Text key={i} wrap="truncate">
          <Text color={theme.muted}>{fit(f.label, labelWidth)} </Text>
          {f.value}
        </Text>
      ))}
      {loading ? <Text color={theme.muted}>loading details…</Text> : null}
      {error ? (
        <>
          <Text color={theme.error} wrap="wrap">{error.message}</Text>
          <Text color={theme.muted} wrap="wrap">{error.hint}</Text>
        </>
      ) : null}
    </Box>
  );
}, sameProps);
