// The bridge from the data layer's mfaCodeProvider to a prompt dialog: while the UI is up, an
// assume-role with mfa_serial asks for its code here, in the terminal.
import { useEffect } from 'react';
import type { Dialogs } from '../data/actions';
import type { SessionRegistry } from '../data/sessionRegistry';
import { keyOf } from '../keys/keymap';

const SIX_DIGITS = /^\d{6}$/;

export function useMfaPrompt(sessions: SessionRegistry | undefined, dialogs: Dialogs): void {
  useEffect(() => {
    if (!sessions) return;
    sessions.mfaPrompt = async (profile, serial) => {
      const code = await dialogs.prompt(`MFA · ${profile}`, `Code from ${serial} (${keyOf('dialog.cancel', 'dialog')} cancels)`, '', (v) =>
        SIX_DIGITS.test(v.trim()) ? undefined : 'An MFA code is six digits.',
      );
      return code?.trim();
    };
    return () => {
      sessions.mfaPrompt = undefined;
    };
  }, [sessions, dialogs]);
}
