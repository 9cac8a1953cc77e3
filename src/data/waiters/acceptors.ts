// A waiter's acceptors, as in the SDK's waiter definitions (smithy's @waitable): each matches the
// response (or error) of one poll and says success, failure or retry. The first that matches wins.
// Written as data so the instance and object waiters below read like the service models that define them.

export type AcceptorState = 'success' | 'failure' | 'retry';

export type Acceptor<O> =
  /** Every value the path selects equals `expected`, and there is at least one (allStringEquals). */
  | { state: AcceptorState; matcher: 'pathAll'; path(output: O): unknown[]; expected: string }
  /** Some value the path selects equals `expected` (anyStringEquals). */
  | { state: AcceptorState; matcher: 'pathAny'; path(output: O): unknown[]; expected: string }
  /** The call succeeded (true) or failed with any error (false). */
  | { state: AcceptorState; matcher: 'success'; expected: boolean }
  /** The call failed with this error code. */
  | { state: AcceptorState; matcher: 'error'; expected: string };

export type PollOutcome<O> = { ok: true; output: O } | { ok: false; error: unknown };

export const errorName = (err: unknown): string => {
  const e = err as { name?: string; Code?: string } | undefined;
  return e?.name && e.name !== 'Error' ? e.name : (e?.Code ?? 'Error');
};

/**
 * Which state one poll puts the waiter in. As the smithy spec says (and boto3 does): a response no
 * acceptor matches means retry; an error no acceptor matches means failure — polling 40 times into
 * AccessDenied helps nobody. (The JS SDK's generated waiters retry on it instead.)
 */
export function evaluate<O>(acceptors: Acceptor<O>[], outcome: PollOutcome<O>): AcceptorState {
  for (const a of acceptors) if (matches(a, outcome)) return a.state;
  return outcome.ok ? 'retry' : 'failure';
}

function matches<O>(a: Acceptor<O>, outcome: PollOutcome<O>): boolean {
  switch (a.matcher) {
    case 'success':
      return outcome.ok === a.expected;
    case 'error':
      return !outcome.ok && errorName(outcome.error) === a.expected;
    case 'pathAll':
    case 'pathAny': {
      if (!outcome.ok) return false;
      let values: unknown[];
      try {
        values = a.path(outcome.output);
      } catch {
        return false; // a path into a missing field matches nothing, as in JMESPath
      }
      return a.matcher === 'pathAll' ? values.length > 0 && values.every((v) => v === a.expected) : values.some((v) => v === a.expected);
    }
  }
}
