import React from 'react';
import { Text } from './Safe';
import { theme } from './theme';

/** The walked path, e.g. `dev › s3 › dev-logs › raw/`. Crumbs arrive sanitised. */
export function Breadcrumbs({ crumbs }: { crumbs: string[] }) {
  return (
    <Text wrap="truncate-start">
      {crumbs.map((c, i) => (
        <Text key={i} color={i === crumbs.length - 1 ? undefined : theme.muted} bold={i === crumbs.length - 1}>
          {i > 0 ? ' › ' : ''}
          {c}
        </Text>
      ))}
    </Text>
  );
}
