// Who the session is: the account id (STS GetCallerIdentity) and where the credentials came from,
// fetched in the background. The UI subscribes and shows "resolving…" until it is known; it never
// waits for it, and a failure is a state to show, not an exception.
import type { STSClient } from '@aws-sdk/client-sts';
import { sourceOf, type CredentialProvider, type CredentialSource } from './credentials';
import type { ProfileInfo } from './profiles';
import { Observable } from './observable';

/**
 * What the lookup needs of a session. Not the Session class itself: session.ts makes the watch, and
 * naming it here would put the two files in an import circle.
 */
export interface IdentitySource {
  readonly profile: ProfileInfo;
  credentials(): CredentialProvider;
  sts(): Promise<STSClient>;
}

export type IdentityState =
  | { status: 'idle' }
  | { status: 'resolving'; source?: CredentialSource; account?: string }
  | { status: 'ok'; source: CredentialSource; account: string; arn: string }
  | { status: 'error'; error: unknown; source?: CredentialSource; account?: string };

export class IdentityWatch extends Observable {
  private current: IdentityState = { status: 'idle' };

  constructor(
    private readonly session: IdentitySource,
    /** GetCallerIdentity's own limit; credential resolution has its own (credentials.ts). */
    private readonly timeoutMs = 15_000,
  ) {
    super();
  }

  get state(): IdentityState {
    return this.current;
  }

  /** Starts the lookup unless it has started already. */
  start(): void {
    if (this.current.status === 'idle') void this.run();
  }

  /** Looks again (after an error, or after signing in with :login or `aws sso login`). */
  retry(): void {
    if (this.current.status === 'resolving') return;
    void this.run();
  }

  private set(state: IdentityState): void {
    this.current = state;
    this.notify();
  }

  private async run(): Promise<void> {
    this.set({ status: 'resolving' });
    let source: CredentialSource | undefined;
    let account: string | undefined;
    try {
      const creds = await this.session.credentials()();
      source = sourceOf(creds, this.session.profile);
      account = creds.accountId;
      this.set({ status: 'resolving', source, account });
      const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
      const sts = await this.session.sts();
      // One lookup at a time (retry does nothing while one runs), each bounded by its own time limit.
      const timeout = AbortSignal.timeout(this.timeoutMs);
      const out = await sts
        .send(new GetCallerIdentityCommand({}), { abortSignal: timeout })
        .catch((err: unknown) => {
          // Our own time limit is a timeout to explain, not a cancellation.
          if (timeout.aborted) {
            throw Object.assign(new Error(`no answer in ${this.timeoutMs} ms`), { name: 'TimeoutError' });
          }
          throw err;
        });
      this.set({ status: 'ok', source, account: out.Account ?? account ?? '?', arn: out.Arn ?? '' });
    } catch (error) {
      this.set({ status: 'error', error, source, account });
    }
  }
}
