// Upload throughput: a 256 MiB file through awsnav's uploadFile (lib-storage's Upload behind a client
// that carries the job's signal and tracks the upload id for a clean cancel) against the SDK's own
// `Upload` straight on a bare client, with the same part size and concurrency, in alternating rounds,
// each side on a client (and sockets) of its own. The file is read from disk by both, as a person's is.
//   run.ts: runChild<UploadResult>('upload.ts', { url, rounds: 3 }) — the bench sandbox needs a
//   writable bucket: uploadBenchBucket() in benchBuckets() (bench/buckets.ts).
//   By hand: node --import tsx bench/upload.ts '{"standalone":true}' (starts a sandbox process of its own)
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { once } from 'node:events';
import type { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { UPLOAD_BUCKET } from './buckets';
import { MIB, uploadFile } from '../src/data/s3/upload';
import { benchSession, rawClient } from './clients';
import { childMain, sleep } from './child';


export interface UploadArgs {
  url?: string;
  rounds?: number;
  sizeMiB?: number;
  partMiB?: number;
  queueSize?: number;
  /** Start a sandbox process of its own (with the upload bucket) instead of using `url`. */
  standalone?: boolean;
}

export type UploadSide = 'awsnav' | 'sdk';
export interface UploadResult {
  bytes: number;
  partSize: number;
  queueSize: number;
  ms: Record<UploadSide, number[]>;
}

async function writeFile(path: string, bytes: number): Promise<void> {
  const out = createWriteStream(path);
  const block = randomBytes(4 * MIB);
  for (let left = bytes; left > 0; left -= block.length) {
    if (!out.write(left >= block.length ? block : block.subarray(0, left))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function viaSdk(client: S3Client, path: string, bytes: number, key: string, partSize: number, queueSize: number) {
  await new Upload({ client, partSize, queueSize, params: { Bucket: UPLOAD_BUCKET, Key: key, Body: createReadStream(path), ContentLength: bytes } }).done();
}

async function viaAwsnav(client: S3Client, path: string, key: string, partSize: number, queueSize: number) {
  await uploadFile(client, { bucket: UPLOAD_BUCKET, key }, path, { signal: new AbortController().signal, partSize, queueSize });
}

/** A bench sandbox process with the upload bucket, for a run by hand. */
async function standaloneSandbox(): Promise<{ url: string; stop(): void }> {
  const script = `import('./src/sandbox/index.ts').then(async ({ startSandbox }) => { const { uploadBenchBucket } = await import('./bench/buckets.ts'); const s = await startSandbox({ s3Buckets: [uploadBenchBucket()] }); process.stdout.write(JSON.stringify({ url: s.url }) + '\\n'); process.stdin.on('end', () => s.close().then(() => process.exit(0))); process.stdin.resume(); })`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { url: JSON.parse(line.toString().split('\n')[0]).url, stop: () => child.stdin!.end() };
}

export async function measureUpload(args: UploadArgs): Promise<UploadResult> {
  const own = args.standalone ? await standaloneSandbox() : undefined;
  const url = own?.url ?? args.url!;
  const bytes = (args.sizeMiB ?? 256) * MIB;
  const partSize = (args.partMiB ?? 8) * MIB;
  const queueSize = args.queueSize ?? 4;
  const dir = await mkdtemp(join(tmpdir(), 'awsnav-bench-upload-'));
  const path = join(dir, 'upload.bin');
  try {
    await writeFile(path, bytes);
    const sides: Record<UploadSide, { client: S3Client; run: (c: S3Client, key: string) => Promise<void> }> = {
      awsnav: { client: await benchSession(url).s3(), run: (c, key) => viaAwsnav(c, path, key, partSize, queueSize) },
      sdk: { client: rawClient(url), run: (c, key) => viaSdk(c, path, bytes, key, partSize, queueSize) },
    };
    const ms: UploadResult['ms'] = { awsnav: [], sdk: [] };
    const order: UploadSide[] = ['sdk', 'awsnav'];
    // A warm-up round per side (JIT, sockets), then measured rounds in alternating order.
    for (let round = -1; round < (args.rounds ?? 3); round++) {
      for (let k = 0; k < order.length; k++) {
        const side = order[(k + Math.max(0, round)) % order.length];
        const { client, run } = sides[side];
        const t0 = performance.now();
        await run(client, `upload-${side}.bin`);
        const elapsed = performance.now() - t0;
        if (round >= 0) ms[side].push(elapsed);
        // Let the sandbox drop the last object's parts before the next round.
        await sleep(300);
      }
    }
    return { bytes, partSize, queueSize, ms };
  } finally {
    await rm(dir, { recursive: true, force: true });
    own?.stop();
  }
}

childMain(import.meta.url, async (a: UploadArgs) => {
  const r = await measureUpload(a);
  if (a.standalone) {
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const rate = (side: UploadSide) => r.bytes / MIB / (median(r.ms[side]) / 1000);
    process.stderr.write(
      `256 MiB, parts ${r.partSize / MIB} MiB × ${r.queueSize}: awsnav ${rate('awsnav').toFixed(1)} MiB/s, SDK Upload ${rate('sdk').toFixed(1)} MiB/s, ratio ${(rate('awsnav') / rate('sdk')).toFixed(2)}\n` +
        `  awsnav ms ${r.ms.awsnav.map((x) => x.toFixed(0)).join(', ')}; sdk ms ${r.ms.sdk.map((x) => x.toFixed(0)).join(', ')}\n`,
    );
  }
  return r;
});
