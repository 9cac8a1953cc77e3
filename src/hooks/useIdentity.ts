// The header's account id and credential source: subscribes to the session's background lookup
// (data/sts.ts) and starts it. Rendering never waits for it.
import { useEffect } from 'react';
import type { Session } from '../data/session';
import type { IdentityState } from '../data/sts';
import { useObservable } from './useObservable';

export function useIdentity(session: Session | undefined): IdentityState | undefined {
  const watch = session?.identity;
  // The watch replaces its state object on each change: rendering again for that object, not the version.
  const state = useObservable(watch, () => watch?.state);
  useEffect(() => {
    watch?.start();
  }, [watch]);
  return state;
}
