// Long-running work the person watches: waiter runs, downloads, batch deletes. Each job reports
// progress through its control handle; the registry keeps them until dismissed and can cancel any
// (the job's AbortSignal aborts its request in flight). No React here; hooks subscribe (data/observable.ts).
import { explain, type Explained } from './errors';
import { Observable } from './observable';
import type { AwsRequest } from './request';

export type JobStatus = 'running' | 'succeeded' | 'failed' | 'timed out' | 'cancelled';

export interface JobState {
  id: number;
  title: string;
  kind: string;
  status: JobStatus;
  /** Units done out of total (attempts, bytes, keys). */
  done: number;
  total?: number;
  unit: string;
  /** One line on what is happening now: last state seen, speed, current batch… */
  detail: string;
  /** When the next thing happens (a waiter's next poll), for a countdown. */
  nextAt?: number;
  startedAt: number;
  endedAt?: number;
  error?: Explained;
  /** Extra lines kept after the end (per-key errors of a batch delete, a summary). */
  lines: string[];
  /** A page the person should open, and a code to type there (an SSO sign-in): for copy (OSC 52) or open. */
  link?: { url: string; code?: string };
  /** The request the job carries out (a state change and its waiter), for the code view (C in the jobs panel). */
  request?: AwsRequest;
}

export interface JobControl {
  readonly signal: AbortSignal;
  update(patch: Partial<Omit<JobState, 'id' | 'startedAt'>>): void;
}

export type JobRunner = (job: JobControl) => Promise<Exclude<JobStatus, 'running' | 'cancelled'> | void>;

export class JobRegistry extends Observable {
  private list: JobState[] = [];
  private controllers = new Map<number, AbortController>();
  private nextId = 1;

  constructor(private readonly now: () => number = Date.now) {
    super();
  }

  get jobs(): readonly JobState[] {
    return this.list;
  }

  start(title: string, kind: string, unit: string, run: JobRunner): JobState {
    const id = this.nextId++;
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const job: JobState = { id, title, kind, unit, status: 'running', done: 0, detail: '', startedAt: this.now(), lines: [] };
    this.list = [...this.list, job];
    this.notify();
    const control: JobControl = {
      signal: controller.signal,
      update: (patch) => {
        const status = this.get(id)?.status;
        if (status === 'running') this.patch(id, patch);
        // A cancelled job may still say what it had done when it stopped (a batch delete's summary).
        else if (status !== undefined) {
          const { lines, detail, done } = patch;
          if (lines || detail !== undefined || done !== undefined) this.patch(id, { ...(lines ? { lines } : {}), ...(detail !== undefined ? { detail } : {}), ...(done !== undefined ? { done } : {}) });
        }
      },
    };
    run(control).then(
      (status) => this.finish(id, controller.signal.aborted ? 'cancelled' : (status ?? 'succeeded')),
      (err) => this.finish(id, controller.signal.aborted ? 'cancelled' : 'failed', explain(err, title)),
    );
    return job;
  }

  get(id: number): JobState | undefined {
    return this.list.find((j) => j.id === id);
  }

  /** Aborts the job's request in flight; it ends as cancelled. */
  cancel(id: number): void {
    if (this.get(id)?.status !== 'running') return;
    this.controllers.get(id)?.abort();
    this.finish(id, 'cancelled');
  }

  /** Removes a finished job from the panel. */
  dismiss(id: number): void {
    if (this.get(id)?.status === 'running') return;
    this.list = this.list.filter((j) => j.id !== id);
    this.controllers.delete(id);
    this.notify();
  }

  cancelAll(): void {
    for (const j of this.list) this.cancel(j.id);
  }

  private finish(id: number, status: JobStatus, error?: Explained): void {
    const job = this.get(id);
    if (!job || job.status !== 'running') return;
    this.patch(id, { status, error, endedAt: this.now(), nextAt: undefined });
  }

  private patch(id: number, patch: Partial<JobState>): void {
    this.list = this.list.map((j) => (j.id === id ? { ...j, ...patch } : j));
    this.notify();
  }
}
