// Issue 12: a content-type scan logged `MaxListenersExceededWarning: 11 abort listeners added to
// [AbortSignal]`: every HeadObject in flight added its own 'abort' listener to the one signal the scan
// shares. 10,000 HeadObjects through one scan, over HTTP against the sandbox: the number of listeners on
// any signal a request is handed stays flat (one request's own), and nothing is left at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { startSandbox, SyntheticBucketStore, type Sandbox } from '../../src/sandbox/index';
import { ContentTypeScan, filterByContentType } from '../../src/data/s3/contentType';
import { listObjects } from '../../src/data/s3/objects';
import { sandboxSession } from '../helpers/sessions';

const KEYS = 10_000;
let sandbox: Sandbox;
let client: S3Client;

before(async () => {
  const store = new SyntheticBucketStore({ count: KEYS, keyAt: (i) => `k/${String(i).padStart(6, '0')}.bin` });
  sandbox = await startSandbox({ s3Buckets: [{ account: 'dev', name: 't-heads', store }] });
  client = await sandboxSession(sandbox.url).s3();
});
after(() => sandbox?.close());

test('10,000 HeadObjects on one scan: abort listeners stay flat, none left behind', async () => {
  const outer = new AbortController();
  const scan = new ContentTypeScan('text/csv');
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
  process.on('warning', onWarning);
  let worst = 0;
  let heads = 0;
  const seen = new Set<AbortSignal>();
  const head = async (key: string, signal: AbortSignal) => {
    // What is already on this signal before this request adds its own: the other requests in flight.
    worst = Math.max(worst, getEventListeners(signal, 'abort').length, getEventListeners(scan.signal, 'abort').length, getEventListeners(outer.signal, 'abort').length);
    seen.add(signal);
    heads++;
    const out = await client.send(new HeadObjectCommand({ Bucket: 't-heads', Key: key }), { abortSignal: signal });
    return out.ContentType;
  };
  const pages = (o: Parameters<typeof listObjects>[2]) => listObjects(client, { bucket: 't-heads' }, o);
  for await (const _ of filterByContentType(pages, head, scan, { signal: outer.signal })) {
    // Every page, as the pager pulls it.
  }
  process.off('warning', onWarning);
  assert.equal(heads, KEYS);
  assert.equal(scan.checked, KEYS);
  assert.ok(worst <= 1, `a request found ${worst} abort listeners already on its signal`);
  const left = [...seen].reduce((n, s) => n + getEventListeners(s, 'abort').length, 0);
  assert.equal(left, 0, 'no listener is left on any request signal');
  assert.equal(getEventListeners(scan.signal, 'abort').length, 0);
  assert.equal(getEventListeners(outer.signal, 'abort').length, 0);
  assert.deepEqual(warnings.filter((w) => /MaxListeners/.test(w)), []);
});

test('stopping the scan still aborts the HeadObjects in flight, each on its own signal', async () => {
  const scan = new ContentTypeScan('text/csv');
  const aborted: boolean[] = [];
  const head = (_key: string, signal: AbortSignal) =>
    new Promise<string | undefined>((resolve, reject) => {
      // Held until the scan is stopped: the stop must reach every one of them.
      signal.addEventListener('abort', () => {
        aborted.push(true);
        reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
      }, { once: true });
      if (aborted.length === 0 && scan.checked === 0) setImmediate(() => scan.running && scan.cancel());
    });
  const pages = (o: Parameters<typeof listObjects>[2]) => listObjects(client, { bucket: 't-heads' }, o);
  const items: unknown[] = [];
  for await (const p of filterByContentType(pages, head, scan, { signal: new AbortController().signal })) items.push(...p.items);
  assert.equal(scan.state, 'stopped');
  assert.equal(aborted.length, 16, 'every HeadObject in flight was aborted');
  assert.match(scan.text(), /stopped: checked 0 of 1,000 listed/);
});

test('a filter typed a key at a time: one listener on the listing however many filters were made', async () => {
  const { Pager } = await import('../../src/data/pager');
  const { indexFor } = await import('../../src/data/collection/whole');
  const pages = async function* (o: { signal: AbortSignal; cursor?: string }) {
    for (let p = o.cursor ? Number(o.cursor) : 0; p < 50; p++) {
      await new Promise((r) => setImmediate(r));
      o.signal.throwIfAborted();
      yield { items: Array.from({ length: 100 }, (_, i) => `row-${p * 100 + i}`), cursor: p ? String(p) : undefined, next: p < 49 ? String(p + 1) : undefined };
    }
  };
  const pager = new Pager<string>(pages);
  const typed = 'row-4999-and-more-to-type';
  const scans = [];
  for (let i = 1; i <= typed.length; i++) {
    const needle = typed.slice(0, i);
    const scan = indexFor(pager, `${needle}\u0000`, () => ({ keep: (s: string) => s.includes(needle), label: needle }));
    scan.start();
    scans.push(scan);
  }
  assert.equal(getEventListeners(pager.lifetime, 'abort').length, 1);
  assert.ok(scans.slice(0, -3).every((s) => s.state !== 'reading'), 'the filters typed past are not reading any more');
  pager.dispose();
  assert.ok(scans.every((s) => s.state !== 'reading'), 'disposing the listing ends every scan on it');
});

test('a page read again (the window, a sort reading rows back) neither counts twice nor starts the scan again', async () => {
  const scan = new ContentTypeScan('text/csv');
  let heads = 0;
  const head = async (key: string, signal: AbortSignal) => {
    heads++;
    return (await client.send(new HeadObjectCommand({ Bucket: 't-heads', Key: key }), { abortSignal: signal })).ContentType;
  };
  const pages = (o: Parameters<typeof listObjects>[2]) => listObjects(client, { bucket: 't-heads', prefix: 'k/0000' }, o);
  for await (const _ of filterByContentType(pages, head, scan, { signal: new AbortController().signal, pageSize: 50 })) {
    // the whole listing: 100 keys
  }
  assert.deepEqual([scan.listed, scan.checked, scan.state, heads], [100, 100, 'done', 100]);
  // The first page again, as a refetch does it: one page, then the iterator is closed.
  const it = filterByContentType(pages, head, scan, { signal: new AbortController().signal, pageSize: 50 })[Symbol.asyncIterator]();
  const again = await it.next();
  await it.return?.();
  assert.equal(again.done, false);
  assert.deepEqual([scan.listed, scan.checked, scan.state, heads], [100, 100, 'done', 100], 'nothing counted or asked again');
  scan.reset(); // r: counted afresh
  assert.deepEqual([scan.listed, scan.state], [0, 'waiting']);
});
