// <acct>-logs: tens of thousands of objects under YYYY/MM/DD/ plus 3,000 directly under raw/ (so a folder
// view must page past 1,000 rows). Bodies are generated from key and seed on demand; only metadata is held.

import { GeneratedVersion, type BodyGenerator, type ObjectVersion } from '../model.js';
import { MemoryBucketStore } from '../store.js';
import { DAY_MS, Rng } from './random.js';

const MIN_DATED_OBJECTS = 50_000;
const RAW_OBJECTS = 3_000;
const MAX_LOG_SIZE = 8_100;
const SERVICES = ['api', 'web', 'worker', 'cron', 'auth'] as const;
const LEVELS = ['INFO', 'INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'] as const;
const MESSAGES = [
  'GET /v1/orders 200 12ms',
  'POST /v1/checkout 201 87ms',
  'GET /health 200 1ms',
  'cache miss for user profile, fetching from origin',
  'retrying upstream call (attempt 2 of 3)',
  'job completed: nightly-report (4.2s)',
  'connection pool saturated: 50/50 in use',
  'token refreshed for service account',
  'PUT /v1/items/8842 409 conflict on version',
  'slow query: SELECT * FROM events WHERE day = $1 (812ms)',
] as const;

const FIRST_DAY: Record<string, number> = { dev: Date.UTC(2024, 0, 1), prod: Date.UTC(2023, 6, 1) };

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * 64 KiB of plausible log text per account. A log object is a header line naming its key followed by
 * the corpus from line `seed` on, cut to the object's size.
 */
function logGenerator(rng: Rng, account: string): BodyGenerator {
  let text = '';
  let t = FIRST_DAY[account] ?? Date.UTC(2024, 0, 1);
  while (text.length < 65_536) {
    t += rng.int(5, 4000);
    text += `${new Date(t).toISOString()} ${rng.pick(LEVELS)} [${account}] ${rng.pick(MESSAGES)} req=${rng.hex(12)}\n`;
  }
  const corpus = Buffer.from(text, 'latin1');
  const lineStarts: number[] = [];
  for (let i = 0; i < corpus.length - MAX_LOG_SIZE; i = corpus.indexOf(0x0a, i) + 1) lineStarts.push(i);
  return (key, size, seed) => {
    const head = Buffer.from(`# ${account} ${key}\n`, 'utf8');
    if (head.length >= size) return [head.subarray(0, size)];
    const from = lineStarts[seed % lineStarts.length];
    return [head, corpus.subarray(from, from + size - head.length)];
  };
}

/** raw/ events: one JSON record padded to the object's size. */
function eventGenerator(account: string): BodyGenerator {
  const kinds = ['click', 'view', 'purchase', 'signup'];
  return (key, size, seed) => {
    const json = JSON.stringify({ account, key, kind: kinds[seed % kinds.length], user: `u-${(seed >>> 2).toString(16)}` }) + '\n';
    return [Buffer.from(json.padEnd(size - 1, ' ').slice(0, size - 1) + '\n')];
  };
}

export function buildLogsStore(account: string): MemoryBucketStore {
  const rng = new Rng(`${account}/logs`);
  const first = FIRST_DAY[account] ?? Date.UTC(2024, 0, 1);
  const logs = logGenerator(rng, account);
  const objects: ObjectVersion[] = [];
  const contentType = 'text/plain; charset=utf-8';

  for (let day = first; objects.length < MIN_DATED_OBJECTS; day += DAY_MS) {
    const d = new Date(day);
    const dir = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/`;
    const count = rng.int(120, 160);
    const today: ObjectVersion[] = [];
    for (let n = 0; n < count; n++) {
      const s = rng.int(0, 86_399);
      const service = rng.pick(SERVICES);
      const key = `${dir}${service}-${pad(Math.floor(s / 3600))}${pad(Math.floor(s / 60) % 60)}${pad(s % 60)}-${rng.hex(6)}.log`;
      // Most log files are small, a few reach 8 KiB: 180 B · 45^(u²).
      const size = Math.round(180 * Math.pow(45, rng.next() ** 2));
      const shipped = new Date(day + s * 1000 + rng.int(30, 600) * 1000); // shipped minutes after the last line
      today.push(new GeneratedVersion({ key, lastModified: shipped, contentType }, size, rng.int(0, 1 << 30), logs));
    }
    // Keys of one day are all ASCII, so `<` is S3's order here; pushing sorted days keeps the store's
    // sort of 50,000 keys a single linear pass.
    today.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    objects.push(...today);
  }

  const readme = Buffer.from(`${account} application logs. Dated folders are YYYY/MM/DD; raw/ holds ingest events.\n`);
  objects.push(new GeneratedVersion({ key: 'README.txt', lastModified: new Date(first), contentType: 'text/plain' }, readme.length, 0, () => [readme]));

  const events = eventGenerator(account);
  const rawDay = first - 30 * DAY_MS;
  for (let n = 0; n < RAW_OBJECTS; n++) {
    const key = `raw/event-${pad(n, 5)}.json`;
    objects.push(
      new GeneratedVersion({ key, lastModified: new Date(rawDay + n * 60_000), contentType: 'application/json' }, rng.int(120, 600), rng.int(0, 1 << 30), events),
    );
  }
  return new MemoryBucketStore(undefined, objects);
}
