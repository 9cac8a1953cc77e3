// <acct>-media: one small, real file per common content type, some with user metadata, some in folders,
// plus the zero-byte "folder/" object the S3 console creates.

import { StoredVersion, type VersionFields } from '../model.js';
import { MemoryBucketStore } from '../store.js';
import { flatJpeg, pdf, png } from './files.js';
import { Rng } from './random.js';

export function buildMediaStore(account: string): MemoryBucketStore {
  const rng = new Rng(`${account}/media`);
  let t = Date.UTC(2024, 4, 1, 12);
  const file = (key: string, contentType: string, body: Buffer | string, extra: Partial<VersionFields> = {}) => {
    t += rng.int(1, 72) * 3_600_000;
    return new StoredVersion({ key, lastModified: new Date(t), contentType, ...extra }, Buffer.from(body));
  };
  const rows = Array.from({ length: rng.int(8, 20) }, (_, i) => `${i + 1},${account}-sku-${rng.hex(4)},${rng.int(1, 500)},${(rng.int(100, 99999) / 100).toFixed(2)}`);
  const customers = Array.from({ length: 5 }, () => ({ id: `c-${rng.hex(6)}`, plan: rng.pick(['free', 'pro', 'team']), seats: rng.int(1, 50) }));

  const files = [
    file('README.md', 'text/markdown', `# ${account} media\n\nSample files of every common type.\n`),
    file('data/sales-2024.csv', 'text/csv', `row,sku,qty,price\n${rows.join('\n')}\n`, {
      metadata: { source: 'erp-export', rows: String(rows.length) },
    }),
    file('data/customers.json', 'application/json', JSON.stringify({ account, customers }, null, 2) + '\n'),
    file('docs/notes.txt', 'text/plain', `Notes for the ${account} account.\nNothing to see here.\n`, {
      metadata: { author: 'sandbox', reviewed: 'yes' },
    }),
    file('docs/guide.pdf', 'application/pdf', pdf([`awsnav ${account} guide`, 'A one-page PDF from the sandbox.']), {
      headers: { 'content-disposition': 'attachment; filename="guide.pdf"' },
    }),
    file('images/logo.png', 'image/png', png(32, 32, (x, y) => [x * 8, y * 8, account === 'prod' ? 200 : 60]), {
      metadata: { width: '32', height: '32' },
      headers: { 'cache-control': 'max-age=86400' },
    }),
    file('images/pixel.png', 'image/png', png(1, 1, () => [255, 0, 0])),
    file('images/photos/sunset.jpg', 'image/jpeg', account === 'prod' ? flatJpeg(165, 175, 90) : flatJpeg(180, 90, 170), {
      metadata: { camera: 'sandbox-cam', 'taken-at': '2024-05-01T19:45:00Z' },
    }),
    file('bin/firmware.bin', 'application/octet-stream', rng.bytes(4096)),
    file('archive/2023/report.csv', 'text/csv', 'quarter,revenue\nQ1,100\nQ2,120\nQ3,90\nQ4,150\n'),
    file('empty.txt', 'text/plain', ''),
    file('uploads/', 'application/x-directory', ''),
    account === 'prod'
      ? file('exports/daily-2024-06-01.json', 'application/json', JSON.stringify({ day: '2024-06-01', orders: rng.int(1000, 5000) }) + '\n')
      : file('scratch/todo.txt', 'text/plain', '- try the sandbox\n- break things\n'),
  ];
  return new MemoryBucketStore(undefined, files);
}
