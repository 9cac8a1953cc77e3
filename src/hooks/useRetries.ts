import { useSyncExternalStore } from 'react';
import { RetryLog, type RetryEvent } from '../data/retries';

const none = new RetryLog();

/** The SDK retries on the current session's clients, as they happen. */
export function useRetries(log: RetryLog | undefined): { count: number; last?: RetryEvent } {
  const l = log ?? none;
  useSyncExternalStore(l.subscribe, () => l.version);
  return { count: l.count, last: l.last };
}
