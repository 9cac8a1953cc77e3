// The AWS CLI as the full scan's third side: `aws s3api list-objects-v2`, which pages through the
// whole listing by itself and prints it as JSON. Debian's awscli package installs /usr/bin/aws; that
// one is preferred over whatever `aws` comes first on PATH (a pyenv shim may hide it). Nothing is
// installed here: when there is no CLI the table says so.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cliEnv } from './clients';

export interface AwsCli {
  path: string;
  version: string;
}

export function findAwsCli(): AwsCli | undefined {
  const candidates = [process.env.AWSNAV_BENCH_AWS, '/usr/bin/aws', 'aws'].filter((c): c is string => !!c);
  for (const path of candidates) {
    if (path.includes('/') && !existsSync(path)) continue;
    const r = spawnSync(path, ['--version'], { encoding: 'utf8', env: cliEnv(), timeout: 20_000 });
    if (r.status === 0) return { path, version: (r.stdout || r.stderr).trim().split(/\s+/)[0] };
  }
  return undefined;
}

/** Lists the whole bucket with the CLI; resolves with the wall time and the number of keys it printed. */
export function cliScan(cli: AwsCli, url: string, bucket: string): Promise<{ ms: number; keys: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cli.path, ['s3api', 'list-objects-v2', '--bucket', bucket, '--endpoint-url', url, '--output', 'json'], {
      env: cliEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code !== 0) return reject(new Error(`aws exited with ${code}: ${err.trim().slice(0, 300)}`));
      const parsed = JSON.parse(Buffer.concat(out).toString('utf8')) as { Contents?: unknown[] };
      resolve({ ms, keys: parsed.Contents?.length ?? 0 });
    });
  });
}
