import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JobRegistry } from '../../src/data/jobs';
import { shownJobs } from '../../src/hooks/jobOrder';
import { watchNoticeForJobs } from '../../src/hooks/useNoticeForJobs';
import { createStore } from '../../src/hooks/store';
import { browserReducer, initBrowser } from '../../src/hooks/browserReducer';
import { fakeTree } from '../helpers/fakeTree';

function gate() {
  let open!: () => void;
  const p = new Promise<void>((r) => (open = r));
  return { p, open };
}

test('the strip: running first, then the newest finished; a finished count leaves by itself', async () => {
  let t = 0;
  const jobs = new JobRegistry(() => ++t);
  const done = [gate(), gate(), gate(), gate()];
  jobs.start('a', 'download', 'bytes', () => done[0].p);
  jobs.start('count x', 'count', 'keys', () => done[1].p);
  jobs.start('b', 'waiter', 'attempts', () => done[2].p);
  jobs.start('running one', 'waiter', 'attempts', () => new Promise(() => {}));
  jobs.start('c', 'download', 'bytes', () => done[3].p);
  for (const i of [3, 0, 1, 2]) {
    done[i].open();
    await new Promise((r) => setImmediate(r));
  }
  // Finished in the order c, a, count, b: b is the newest, count is gone.
  assert.deepEqual(shownJobs(jobs.jobs).map((j) => j.title), ['running one', 'b', 'a', 'c']);
});

test('a notice that announced a job is cleared when the job ends; an error and an older notice stay', async () => {
  let clock = 10_000;
  const jobs = new JobRegistry(() => clock);
  const store = createStore(browserReducer, initBrowser([fakeTree().root]));
  const stop = watchNoticeForJobs(store, jobs, () => clock);
  const g = gate();
  store.dispatch({ type: 'notify', notice: { text: 'Waiting for s3://b/never.csv (Tab: jobs).', level: 'info' } });
  jobs.start('wait never.csv', 'waiter', 'attempts', async () => {
    await g.p;
    return 'timed out';
  });
  clock += 60_000;
  g.open();
  await new Promise((r) => setImmediate(r));
  assert.equal(store.getState().notice, undefined, 'the waiting notice went with its job');

  const g2 = gate();
  jobs.start('second', 'waiter', 'attempts', () => g2.p);
  clock += 10_000;
  store.dispatch({ type: 'notify', notice: { text: 'Something else entirely.', level: 'info' } });
  g2.open();
  await new Promise((r) => setImmediate(r));
  assert.equal(store.getState().notice?.text, 'Something else entirely.', 'a later notice is not about that job');

  // A job whose own summary is the notice: the summary stays.
  store.dispatch({ type: 'notify', notice: undefined });
  clock += 10_000;
  jobs.start('quick', 'batch delete', 'keys', async () => {
    store.dispatch({ type: 'notify', notice: { text: 'Done in 2 batches.', level: 'ok' } });
  });
  await new Promise((r) => setImmediate(r));
  assert.equal(store.getState().notice?.text, 'Done in 2 batches.');
  stop();
});
