import type { RetryEvent, RetryLog } from '../data/retries';
import { useObservable } from './useObservable';

/** The SDK retries on the current session's clients, as they happen. */
export function useRetries(log: RetryLog | undefined): { count: number; last?: RetryEvent } {
  useObservable(log);
  return { count: log?.count ?? 0, last: log?.last };
}
