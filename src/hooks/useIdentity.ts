// The header's account id and credential source: subscribes to the session's background lookup
// (data/sts.ts) and starts it. Rendering never waits for it.
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { Session } from '../data/session';
import type { IdentityState } from '../data/sts';

const none = () => () => {};

export function useIdentity(session: Session | undefined): IdentityState | undefined {
  const watch = session?.identity;
  const subscribe = useCallback((l: () => void) => (watch ? watch.subscribe(l) : none()), [watch]);
  const state = useSyncExternalStore(subscribe, () => watch?.state);
  useEffect(() => {
    watch?.start();
  }, [watch]);
  return state;
}
