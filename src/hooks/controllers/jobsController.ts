// The jobs panel's keys (Tab): move, cancel, dismiss, show a job's lines, its code, and a sign-in
// job's code and page. The panel's order is the strip's (shownJobs).
import type { JobRegistry } from '../../data/jobs';
import { sanitize } from '../../data/sanitize';
import { copyToClipboard } from '../../data/clipboard';
import { openInBrowser } from '../../data/sso/handoff';
import { shownJobs } from '../jobOrder';
import type { BrowserStore } from '../useBrowser';
import type { KeyHandler, Notify } from './dispatch';

export function jobsController(store: BrowserStore, jobs: JobRegistry, notify: Notify): KeyHandler[] {
  const { dispatch } = store;
  const { jobCursor } = store.getState();
  const list = shownJobs(jobs.jobs);
  const job = list[Math.min(jobCursor, list.length - 1)];
  const noJob = () => (job ? undefined : 'No job selected.');
  return [
    { command: 'jobs.up', run: () => dispatch({ type: 'job-cursor', index: Math.max(0, jobCursor - 1) }) },
    { command: 'jobs.down', run: () => dispatch({ type: 'job-cursor', index: Math.min(list.length - 1, jobCursor + 1) }) },
    { command: 'jobs.cancel', run: () => jobs.cancel(job!.id), disabled: noJob },
    {
      command: 'jobs.dismiss',
      run: () => {
        if (job) jobs.dismiss(job.id);
        if (shownJobs(jobs.jobs).length === 0) dispatch({ type: 'set-mode', mode: 'browse' });
      },
    },
    { command: 'jobs.back', run: () => dispatch({ type: 'set-mode', mode: 'browse' }) },
    {
      command: 'jobs.code',
      run: () =>
        dispatch({ type: 'open-modal', modal: { kind: 'code', subjects: [{ title: `${sanitize(job!.title)} (${job!.request!.operation} + wait)`, request: job!.request! }] } }),
      disabled: () => (job?.request ? undefined : 'This job has no request to show as code (a state change and its waiter has).'),
    },
    {
      command: 'jobs.copy',
      run: () => {
        const text = job!.link!.code ?? job!.link!.url;
        notify(copyToClipboard(text) ? `Copied ${sanitize(text)} (OSC 52).` : 'No terminal to copy to: the code is on screen.');
      },
      disabled: () => (job?.link ? undefined : 'Only a sign-in job has a code to copy.'),
    },
    {
      command: 'jobs.open',
      run: () => notify(openInBrowser(job!.link!.url) ? 'Opened the sign-in page in the browser.' : `No browser here: open ${sanitize(job!.link!.url)} on any device.`),
      disabled: () => (job?.link ? undefined : 'Only a sign-in job has a page to open.'),
    },
    {
      command: 'jobs.show',
      run: () =>
        dispatch({
          type: 'open-modal',
          modal: { kind: 'text', title: `job · ${sanitize(job!.title)}`, lines: job!.lines.length ? job!.lines.map(sanitize) : [sanitize(job!.detail || job!.status)], note: job!.status },
        }),
      disabled: noJob,
    },
  ];
}
