// <acct>-versioned: versioning Enabled, a dozen keys with several versions each; some keys' latest
// version is a delete marker, one was deleted and written again, one has two markers in a row.

import { DeleteMarker, StoredVersion, type ObjectVersion } from '../model.js';
import { MemoryBucketStore } from '../store.js';
import { DAY_MS, Rng } from './random.js';

type Step = 'put' | 'delete';
const puts = (n: number): Step[] => new Array(n).fill('put');

const HISTORIES: Record<string, [string, Step[]][]> = {
  dev: [
    ['config/app.json', puts(4)],
    ['config/database.yaml', puts(3)],
    ['config/feature-flags.json', [...puts(5), 'delete']],
    ['docs/changelog.md', puts(6)],
    ['docs/readme.md', puts(2)],
    ['index.html', puts(3)],
    ['notes.txt', ['put', 'delete', 'delete']],
    ['reports/2024/q1.csv', puts(3)],
    ['reports/2024/q2.csv', ['put', 'put', 'delete']],
    ['reports/2024/q3.csv', ['put', 'put', 'delete', 'put']],
    ['scripts/cleanup.sh', ['put', 'delete']],
    ['scripts/deploy.sh', puts(3)],
  ],
  prod: [
    ['VERSION', puts(6)],
    ['app/config.json', puts(5)],
    ['app/secrets-template.env', ['put', 'put', 'delete']],
    ['data/prices.csv', puts(4)],
    ['data/regions.csv', puts(2)],
    ['deploy/manifest.yaml', puts(4)],
    ['deploy/rollback.yaml', ['put', 'delete', 'put']],
    ['docs/oncall.md', [...puts(3), 'delete']],
    ['docs/runbook.md', puts(6)],
    ['index.html', puts(2)],
    ['legacy/old-api.json', ['put', 'put', 'delete']],
    ['robots.txt', puts(3)],
  ],
};

const TYPES: Record<string, string> = {
  json: 'application/json',
  yaml: 'application/x-yaml',
  md: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
  sh: 'text/x-shellscript',
  env: 'text/plain',
  txt: 'text/plain',
};

function contentType(key: string): string {
  const ext = key.includes('.') ? key.slice(key.lastIndexOf('.') + 1) : '';
  return TYPES[ext] ?? 'text/plain';
}

export function buildVersionedStore(account: string): MemoryBucketStore {
  const rng = new Rng(`${account}/versioned`);
  const history: ObjectVersion[] = [];
  let t = Date.UTC(2024, 1, 1, 9);
  for (const [key, steps] of HISTORIES[account] ?? HISTORIES.dev) {
    let revision = 0;
    for (const step of steps) {
      t += rng.int(1, 20) * 3_600_000 + rng.int(0, 3599) * 1000;
      const at = new Date(t);
      if (step === 'delete') {
        history.push(new DeleteMarker(key, rng.versionId(), at));
        continue;
      }
      revision++;
      const body = Buffer.from(`${key} — revision ${revision} (${account}, ${at.toISOString()})\n${'.'.repeat(rng.int(0, 200))}\n`);
      history.push(
        new StoredVersion(
          { key, versionId: rng.versionId(), lastModified: at, contentType: contentType(key), metadata: { revision: String(revision) } },
          body,
        ),
      );
    }
    t = Date.UTC(2024, 1, 1, 9) + rng.int(0, 30) * DAY_MS;
  }
  return new MemoryBucketStore('Enabled', history);
}
