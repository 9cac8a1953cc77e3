// The session at a glance: profile (in its accent colour), read-only badge, region, account id and
// where the credentials came from (both looked up in the background: "resolving…" until known), and
// the endpoint when it is not AWS's own. One line, truncated to the terminal's width.
import React from 'react';
import { Text } from './Safe';
import type { IdentityState } from '../data/sts';
import { explain } from '../data/errors';
import { theme } from './theme';

export interface HeaderProps {
  profile?: string;
  region?: string;
  /** Shown only when it is not AWS's own. */
  endpoint?: string;
  accent?: string;
  readonly?: boolean;
  /** Account id and credential source; undefined at the root (no profile chosen). */
  identity?: IdentityState;
}

export function Header({ profile, region, endpoint, readonly, identity, accent = theme.accent }: HeaderProps) {
  return (
    <Text wrap="truncate">
      <Text bold color={accent}>awsnav</Text>
      <Text color={theme.muted}>  profile </Text>
      <Text bold color={accent}>{profile || '—'}</Text>
      {readonly ? <Text color={theme.warn}> [read-only]</Text> : null}
      <Text color={theme.muted}>  region </Text>
      <Text>{region ?? '—'}</Text>
      {identity ? identityParts(identity) : null}
      {endpoint ? (
        <>
          <Text color={theme.muted}>  endpoint </Text>
          <Text color={theme.warn}>{endpoint}</Text>
        </>
      ) : null}
    </Text>
  );
}

// A function, not a component: <Text> holds strings and <Text>s only (Safe.tsx).
function identityParts(identity: IdentityState) {
  const source = 'source' in identity && identity.source ? (
    <>
      <Text color={theme.muted}>  creds </Text>
      <Text>{identity.source}</Text>
    </>
  ) : null;
  switch (identity.status) {
    case 'idle':
    case 'resolving':
      return (
        <>
          <Text color={theme.muted}>  account </Text>
          <Text color={theme.muted}>{identity.status === 'resolving' && identity.account ? identity.account : 'resolving…'}</Text>
          {source}
        </>
      );
    case 'ok':
      return (
        <>
          <Text color={theme.muted}>  account </Text>
          <Text>{identity.account}</Text>
          {source}
        </>
      );
    case 'error': {
      const e = explain(identity.error, 'GetCallerIdentity');
      return (
        <>
          {source}
          <Text color={theme.muted}>  account </Text>
          <Text color={theme.error}>✗ {e.message}</Text>
          {e.hint ? <Text color={theme.muted}> {e.hint}</Text> : null}
        </>
      );
    }
  }
}
