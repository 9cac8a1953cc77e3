// The sessions awsnav has open: one per profile, each in its current region. Switching region replaces
// a profile's session (clients rebuilt, credentials kept); the root listing reads from here, so it
// always shows each profile's current region. The UI attaches the MFA prompt here (the data layer
// only sees a promise), and the config problems found at start-up are kept for the UI to show.
import { node, type TreeNode } from './tree';
import { Session, type SessionOptions } from './session';
import { profileNode, type ProfileRecord } from './root';
import { settingsFor, type AwsnavConfig } from './config';
import { CredentialError } from './credentials';
import type { ProfileInfo } from './profiles';
import type { ConfigProblem } from './configProblems';
import { keyOf } from '../keys/keymap';

export interface RegistryOptions extends Omit<SessionOptions, 'accent' | 'mfaCodeProvider'> {
  /** --region, AWS_REGION or AWS_DEFAULT_REGION: every profile starts there. */
  region?: string;
  /** For a profile with no region of its own. */
  fallbackRegion?: string;
  config?: AwsnavConfig;
  problems?: ConfigProblem[];
}

/** Asks for the code of an MFA device; undefined when the person cancels. */
export type MfaPrompt = (profile: string, serial: string) => Promise<string | undefined>;

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  private readonly nodes = new Map<Session, TreeNode<ProfileRecord>>();
  /** Set by the UI while it is up (useMfaPrompt). */
  mfaPrompt?: MfaPrompt;

  constructor(
    readonly profiles: ProfileInfo[],
    private readonly options: RegistryOptions = {},
  ) {}

  /** Problems in the AWS config files and awsnav's own config, with file and line. */
  get problems(): ConfigProblem[] {
    return [...(this.options.problems ?? []), ...(this.options.config?.problems ?? [])];
  }

  profile(name: string): ProfileInfo | undefined {
    return this.profiles.find((p) => p.name === name);
  }

  session(name: string): Session | undefined {
    const existing = this.sessions.get(name);
    if (existing) return existing;
    const p = this.profile(name);
    if (!p) return undefined;
    const o = this.options;
    const settings = settingsFor(o.config, name);
    const s = new Session(p, o.region ?? p.region ?? o.fallbackRegion ?? 'us-east-1', {
      ...o,
      readonly: (o.readonly ?? false) || (settings.readonly ?? false),
      accent: settings.accent,
      mfaCodeProvider: (serial) => this.askMfa(name, serial),
    });
    this.sessions.set(name, s);
    return s;
  }

  /** The profile's session moved to another region; its credentials are kept. */
  setRegion(name: string, region: string): Session | undefined {
    const s = this.session(name);
    if (!s || s.region === region) return s;
    const moved = s.withRegion(region);
    this.sessions.set(name, moved);
    return moved;
  }

  /** The tree node of a profile's current session (the same object while the session is the same). */
  node(name: string): TreeNode<ProfileRecord> | undefined {
    const session = this.session(name);
    if (!session) return undefined;
    let n = this.nodes.get(session);
    if (!n) {
      n = node(profileNode, name, name, { session });
      this.nodes.set(session, n);
    }
    return n;
  }

  /** Every profile's node, for the root listing. */
  allNodes(): TreeNode<ProfileRecord>[] {
    return this.profiles.map((p) => this.node(p.name)!);
  }

  private async askMfa(profile: string, serial: string): Promise<string> {
    if (!this.mfaPrompt) {
      throw new CredentialError(`Profile ${profile} needs an MFA code and there is no terminal to ask in.`, 'Run awsnav in a terminal.');
    }
    const code = await this.mfaPrompt(profile, serial);
    if (!code) throw new CredentialError(`No MFA code given for profile ${profile}.`, `Retry (${keyOf('refresh')}) to be asked again.`);
    return code;
  }
}
