// Makes the SDK's retries visible. The SDK retries throttling, 5xx and dropped connections on its
// own (standard mode, maxAttempts); without this the person would only see a listing that got slow.
// A middleware placed inside the retry middleware runs once per attempt and records the ones after
// the first, with why the previous attempt failed.
import { Observable } from './observable';

export interface RetryEvent {
  operation: string;
  attempt: number;
  reason: string;
  at: number;
}

export class RetryLog extends Observable {
  count = 0;
  last?: RetryEvent;

  record(event: RetryEvent): void {
    this.count++;
    this.last = event;
    this.notify();
  }
}

interface MiddlewareClient {
  middlewareStack: {
    addRelativeTo(mw: unknown, options: { relation: 'after' | 'before'; toMiddleware: string; name: string }): void;
  };
}

export function watchRetries(client: MiddlewareClient, log: RetryLog): void {
  const mw = (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => {
    let attempt = 0;
    let lastReason = '';
    return async (args: unknown) => {
      attempt++;
      if (attempt > 1) log.record({ operation: (context.commandName ?? 'request').replace(/Command$/, ''), attempt, reason: lastReason, at: Date.now() });
      try {
        return await next(args);
      } catch (err) {
        const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
        lastReason = e.name && e.name !== 'Error' ? e.name : (e.code ?? `HTTP ${e.$metadata?.httpStatusCode ?? '?'}`);
        throw err;
      }
    };
  };
  client.middlewareStack.addRelativeTo(mw, { relation: 'after', toMiddleware: 'retryMiddleware', name: 'awsnavRetryWatch' });
}
