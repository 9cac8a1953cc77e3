// `U` in the versions view: make the selected version the current one (CopyObject of that VersionId
// onto its own key: a new latest version, the history kept), or remove the selected delete marker.
import type { ActionSpec } from '../actions';
import { sanitize } from '../sanitize';
import { bucketClient } from './bucketClient';
import { restoreVersion } from './restore';

interface VersionRow {
  bucket: string;
  entry: { key: string; versionId?: string; kind: string; isLatest?: boolean; size?: number };
}

const row = (n: { record: unknown }) => n.record as VersionRow;

export const restoreAction: ActionSpec = {
  command: 'action.restore',
  label: 'Restore version',
  mutates: true,
  confirm: 'yes',
  unavailable: (n) => {
    const e = row(n).entry;
    if (e.versionId === undefined || e.versionId === 'null') return 'an unversioned object has no other version to restore';
    if (e.kind !== 'marker' && e.isLatest) return 'this version is already the current one';
    return undefined;
  },
  question: (n) => {
    const { bucket, entry: e } = row(n);
    const where = sanitize(`s3://${bucket}/${e.key}`);
    if (e.kind === 'marker') {
      return e.isLatest
        ? `Remove delete marker ${sanitize(e.versionId ?? '')} of ${where}? The version before it becomes current again.`
        : `Remove delete marker ${sanitize(e.versionId ?? '')} of ${where}? It is not the latest, so what is current does not change.`;
    }
    return `Make version ${sanitize(e.versionId ?? '')} the current ${where}? It is copied as a new latest version; every version stays.`;
  },
  async run(env) {
    const { bucket, entry: e } = row(env.node);
    const client = await bucketClient(env.ctx, bucket, env.signal);
    const r = await restoreVersion(client, { bucket, key: e.key, versionId: e.versionId!, marker: e.kind === 'marker', size: e.size }, { signal: env.signal });
    env.notify(r.removedMarker ? `Removed the delete marker of ${sanitize(e.key)}.` : `Version ${sanitize(e.versionId!)} of ${sanitize(e.key)} is current again.`, 'ok');
    env.refresh();
  },
};
