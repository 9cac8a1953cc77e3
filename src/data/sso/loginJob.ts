// The SSO sign-in as a job the person watches in the jobs panel: the page to open and the code to type,
// a countdown to the code's expiry, the polls, cancel (which stops polling at once). When the token is
// written, the profile's credentials come from the SDK's own SSO provider as before: it reads the cache
// file on every resolution, so no session is rebuilt; the header's identity is looked up again.
import type { JobRegistry, JobState } from '../jobs';
import type { Session } from '../session';
import { formatDuration } from '../format';
import { deviceLogin, type DevicePrompt } from './deviceLogin';
import { ssoSettings } from './settings';

export interface LoginOptions {
  /** Tests: where the cache file goes, and the clock between polls. */
  home?: string;
  sleep?(ms: number, signal?: AbortSignal): Promise<void>;
}

/** One sign-in per SSO session at a time: a second :login shows the one under way. */
const running = new WeakMap<JobRegistry, Map<string, number>>();

export async function startSsoLogin(jobs: JobRegistry, session: Session, o: LoginOptions = {}): Promise<{ job: JobState; again: boolean }> {
  const sso = await ssoSettings(session.profile.name);
  const mine = running.get(jobs) ?? new Map<string, number>();
  running.set(jobs, mine);
  const existing = mine.get(sso.cacheId);
  const current = existing === undefined ? undefined : jobs.get(existing);
  if (current?.status === 'running') return { job: current, again: true };
  const what = sso.sessionName ? `sso-session ${sso.sessionName}` : sso.startUrl;
  const job = jobs.start(`Sign in · ${session.profile.name}`, 'sso-login', 'polls', async (job) => {
    let prompt: DevicePrompt | undefined;
    const left = () => (prompt ? ` · expires in ${formatDuration(prompt.expiresAt - Date.now())}` : '');
    // The code first: on a narrow terminal the URL is what gets cut (Enter on the job shows it whole).
    const say = () => prompt && job.update({ detail: `code ${prompt.userCode}${left()} · open ${prompt.verificationUri}` });
    const tick = setInterval(say, 1_000);
    tick.unref();
    try {
      const { token, path } = await deviceLogin({
        sso,
        clientConfig: { endpoint: session.endpoint('sts'), requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000, throwOnRequestTimeout: true } },
        signal: job.signal,
        home: o.home,
        sleep: o.sleep,
        onPrompt: (p) => {
          prompt = p;
          const url = p.verificationUriComplete ?? p.verificationUri;
          job.update({
            link: { url, code: p.userCode },
            lines: [`Open ${url}`, `and confirm the code ${p.userCode} (${what}).`, `The code expires at ${new Date(p.expiresAt).toLocaleTimeString()}.`],
          });
          say();
        },
        onPoll: (n, nextAt) => job.update({ done: n - 1, nextAt }),
      });
      job.update({ detail: `signed in · until ${token.expiresAt}`, lines: [`Signed in to ${what}.`, `Token written to ${path} (shared with the AWS CLI).`] });
      session.identity.retry();
    } finally {
      clearInterval(tick);
    }
  });
  mine.set(sso.cacheId, job.id);
  return { job, again: false };
}
