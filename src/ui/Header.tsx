// The session at a glance: profile (in its accent colour), read-only badge, region, account id and
// where the credentials came from (both looked up in the background: "resolving…" until known), and
// the endpoint when it is not AWS's own. One line, fitted to the terminal's width so the endpoint
// stays in view (when a call fails it is what the person needs to see). An error never goes here
// (it pushed the endpoint off the line): `account ✗` only, the status line says what and what to do.
import React, { memo } from 'react';
import { Text } from './Safe';
import type { IdentityState } from '../data/sts';
import { theme } from './theme';
import { sameProps } from './sameProps';

export interface HeaderProps {
  profile?: string;
  region?: string;
  /** Shown only when it is not AWS's own. */
  endpoint?: string;
  accent?: string;
  readonly?: boolean;
  /** Account id and credential source; undefined at the root (no profile chosen). */
  identity?: IdentityState;
  /** When the whole line does not fit, the credential source gives way first (it is in the profile's details). */
  width?: number;
}

const NARROW = 100;

export const Header = memo(function Header({ profile, region, endpoint, readonly, identity, accent = theme.accent, width = Infinity }: HeaderProps) {
  // What gives way on a narrow terminal (below 100 columns) when the line is too long, so the endpoint
  // at its end stays in view: first the name and the profile/region labels, then the credential source.
  const props = { profile, region, endpoint, readonly, identity };
  const narrow = width < NARROW && fullWidth(props, false, true) > width;
  const compact = narrow;
  const withSource = !narrow || fullWidth(props, true, true) <= width;
  return (
    <Text wrap="truncate">
      {compact ? null : <Text bold color={accent}>awsnav  </Text>}
      {compact ? null : <Text color={theme.muted}>profile </Text>}
      <Text bold color={accent}>{profile || '—'}</Text>
      {readonly ? <Text color={theme.warn}> [read-only]</Text> : null}
      <Text color={theme.muted}>{compact ? '  ' : '  region '}</Text>
      <Text>{region ?? '—'}</Text>
      {identity ? identityParts(identity, withSource) : null}
      {endpoint ? (
        <>
          <Text color={theme.muted}>  endpoint </Text>
          <Text color={theme.warn}>{endpoint}</Text>
        </>
      ) : null}
    </Text>
  );
}, sameProps);

// A function, not a component: <Text> holds strings and <Text>s only (Safe.tsx).
function identityParts(identity: IdentityState, withSource: boolean) {
  const source = withSource && 'source' in identity && identity.source ? (
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
    case 'error':
      return (
        <>
          <Text color={theme.muted}>  account </Text>
          <Text color={theme.error}>✗</Text>
          {source}
        </>
      );
  }
}

/** The header's width as drawn in that form. */
function fullWidth({ profile, region, endpoint, readonly, identity }: HeaderProps, compact: boolean, withSource: boolean): number {
  const account = identity?.status === 'error' ? '✗' : identity && 'account' in identity && identity.account ? identity.account : 'resolving…';
  const source = withSource && identity && 'source' in identity && identity.source ? `  creds ${identity.source}` : '';
  const head = compact ? `${profile || '—'}` : `awsnav  profile ${profile || '—'}`;
  return `${head}${readonly ? ' [read-only]' : ''}  ${compact ? '' : 'region '}${region ?? '—'}${identity ? `  account ${account}${source}` : ''}${endpoint ? `  endpoint ${endpoint}` : ''}`.length;
}
