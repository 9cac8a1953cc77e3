// `:login [PROFILE]` (also `:sso-login`): the SSO device sign-in without leaving awsnav, watched as a
// job (data/sso/loginJob.ts). With no name it signs in the profile in view, or the one selected at the
// root. When it is done, a listing that failed for want of credentials resumes from its last good page.
import type { CommandApi, LineCommand } from './commands';
import type { Session } from '../data/session';
import type { TreeNode } from '../data/tree';
import { JobRegistry } from '../data/jobs';
import { explain } from '../data/errors';
import { sanitize } from '../data/sanitize';
import { startSsoLogin } from '../data/sso/loginJob';
import { browserCommand, openInBrowser } from '../data/sso/handoff';
import { keyOf } from '../keys/keymap';

const sessionOf = (n: TreeNode | undefined): Session | undefined =>
  n?.type.kind === 'profile' ? (n.record as { session: Session }).session : undefined;

/** The profile named, else the one in view, else the one selected at the root. */
function target(api: CommandApi, name: string | undefined): Session | undefined {
  const { stack } = api.getState();
  if (name) {
    for (const [, n] of stack[0].pager.residentEntries()) if (n.type.kind === 'profile' && n.id === name) return sessionOf(n);
    return stack.find((f) => f.ctx.session?.profile.name === name)?.ctx.session;
  }
  return stack[stack.length - 1].ctx.session ?? sessionOf(api.selected) ?? sessionOf(stack[0].pager.at(stack[0].cursor));
}

async function login(api: CommandApi, [name]: string[]): Promise<void> {
  const session = target(api, name);
  if (!session) return api.notify(name ? `No profile named ${sanitize(name)} here.` : 'Open or select a profile that signs in with SSO, then :login.', 'error');
  // Without a jobs panel (a host that passes none) the job still runs; the status line carries it.
  const jobs = api.jobs ?? new JobRegistry();
  let started;
  try {
    started = await startSsoLogin(jobs, session);
  } catch (err) {
    const e = explain(err, `signing in ${session.profile.name}`);
    return api.notify(`${e.message} ${e.hint}`.trim(), 'error');
  }
  const { job, again } = started;
  const where = api.jobs ? ` (${keyOf('jobs.focus')}: the job, ${keyOf('jobs.cancel', 'jobs')} cancels)` : '';
  let told = '';
  const off = jobs.subscribe(() => {
    const j = jobs.get(job.id);
    if (!j) return off();
    if (j.status === 'running') {
      if (j.link && told !== j.link.code) {
        told = j.link.code ?? '';
        // The code first: a narrow status line cuts the end, and the job's details hold the whole URL.
        api.notify(`Sign in: code ${j.link.code} · open ${j.link.url}${where}`);
        if (browserCommand()) offerBrowser(api, j.link.url, j.link.code ?? '', () => jobs.get(job.id)?.status === 'running');
      }
      return;
    }
    off();
    if (j.status === 'succeeded') {
      api.notify(`Signed in: profile ${session.profile.name}.`, 'ok');
      // The listing in view failed for want of credentials: pick it up where it stopped.
      const top = api.getState().stack.at(-1)!;
      if (top.ctx.session === session && top.pager.error !== undefined) top.pager.retry();
    } else if (j.status === 'failed') {
      api.notify(`Sign-in failed: ${j.error?.message ?? ''} ${j.error?.hint ?? ''}`.trim(), 'error');
    } else api.notify(`Sign-in ${j.status}.`);
  });
  if (again) api.notify(`A sign-in for ${session.profile.name} is already under way${where}.`);
}

/** Where this machine has a browser (not over ssh, not in a container), the page is offered, not forced. */
function offerBrowser(api: CommandApi, url: string, code: string, still: () => boolean): void {
  api.dispatch({
    type: 'open-modal',
    modal: {
      kind: 'confirm',
      title: 'Sign in',
      message: `Open the sign-in page in the browser? Check that it shows the code ${code}.`,
      resolve: (yes) => {
        api.dispatch({ type: 'close-modal' });
        if (yes && still() && !openInBrowser(url)) api.notify(`No browser opened: go to ${url}`, 'error');
      },
    },
  });
}

export const signinCommands: LineCommand[] = [
  {
    name: 'login',
    aliases: ['sso-login'],
    args: '[PROFILE]',
    description: 'Sign in with SSO (IAM Identity Center) in a browser, watched as a job; the token is shared with the AWS CLI',
    run: login,
  },
];
