// The audit trail of actions: what each one changed, named (profile, account, region, bucket and key,
// instance ids), in the order it happened. runAction (actionFlow.ts) writes it; main.tsx logs it.
import type { JobRegistry, JobRunner, JobStatus } from './jobs';
import type { TreeNode } from './tree';
import { explain } from './errors';
import { sanitize } from './sanitize';

/** What an action changes, named: the audit trail says it, not a node id. Raw values, as AWS has them. */
export interface AuditTarget {
  region?: string;
  bucket?: string;
  key?: string;
  versionId?: string;
  prefix?: string;
  instances?: string[];
}

/**
 * What happened to one action, in order: the audit trail. `confirmed` comes before anything the
 * action sends; a mutating call with no `confirmed` before it is a bug (the monkey test checks it).
 * `done` is the run's end; work it left running as a job (a waiter, a batch delete) ends in `ended`.
 */
export interface AuditEvent {
  phase: 'confirmed' | 'cancelled' | 'done' | 'failed' | 'ended';
  command: string;
  label: string;
  /** The node acted on (raw text from AWS: sanitise before showing or logging). */
  target: string;
  mutates: boolean;
  at: number;
  profile?: string;
  account?: string;
  /** What was changed; its region, else the session's. */
  what?: AuditTarget;
  /** Ids the run created (a launch). */
  created?: string[];
  /** How it ended: "done", what went wrong, a job's status and last line. */
  outcome?: string;
}

type Rec = { bucket?: string; name?: string; region?: string; prefix?: string; key?: string; entry?: { key?: string; versionId?: string }; instance?: { InstanceId?: string } };

/** What a node's record names: the bucket and key or prefix of S3 nodes, the id of an instance, the region. */
export function auditTargetOf(node: TreeNode): AuditTarget {
  const r = (node.record ?? {}) as Rec;
  const t: AuditTarget = {};
  if (r.region) t.region = r.region;
  const bucket = r.bucket ?? (node.type.name === 's3.bucket' ? r.name : undefined);
  if (bucket !== undefined) t.bucket = bucket;
  const key = r.entry?.key ?? r.key;
  if (key !== undefined) t.key = key;
  if (r.entry?.versionId) t.versionId = r.entry.versionId;
  if (key === undefined && r.prefix !== undefined) t.prefix = r.prefix;
  if (r.instance?.InstanceId) t.instances = [r.instance.InstanceId];
  return t;
}

/** One line of the log for an event, every outside value sanitised: `audit: done: Delete · profile dev · …`. */
export function auditLine(e: AuditEvent): string {
  const w = e.what ?? {};
  const parts: [string, string | undefined][] = [
    ['profile', e.profile],
    ['account', e.account],
    ['region', w.region],
    ['bucket', w.bucket],
    ['key', w.key],
    ['version', w.versionId],
    ['prefix', w.prefix === '' ? '(all)' : w.prefix],
    ['instances', w.instances?.join(',')],
    ['created', e.created?.join(',')],
    ['outcome', e.outcome],
  ];
  const named = parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return sanitize(['audit: ' + `${e.phase}: ${e.label}`, ...named].join(' · '));
}

/** The registry, with the end of every job started through it reported. */
export function auditedJobs(registry: JobRegistry, ended: (status: JobStatus, detail: string) => void): JobRegistry {
  const start = (title: string, kind: string, unit: string, run: JobRunner) =>
    registry.start(title, kind, unit, async (job) => {
      let detail = '';
      const control = { signal: job.signal, update: (patch: Parameters<typeof job.update>[0]) => (patch.detail !== undefined && (detail = patch.detail), job.update(patch)) };
      try {
        const status = await run(control);
        ended(job.signal.aborted ? 'cancelled' : (status ?? 'succeeded'), detail);
        return status;
      } catch (err) {
        ended(job.signal.aborted ? 'cancelled' : 'failed', job.signal.aborted ? detail : explain(err).message);
        throw err;
      }
    });
  return new Proxy(registry, {
    get(target, prop) {
      if (prop === 'start') return start;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
