// s3rver (a third-party S3 server from npm), so the S3 data layer is tested against someone else's
// reading of the protocol too, not only our sandbox's. Its continuation tokens use DES, which
// Node 20's OpenSSL 3 only offers with the legacy provider: it runs in a child process started so.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface S3rverHandle {
  url: string;
  close(): Promise<void>;
}

const script = `
const S3rver = require('s3rver');
const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: process.argv[1] });
server.run().then((addr) => process.stdout.write(JSON.stringify({ port: addr.port }) + '\\n'));
`;

export async function startS3rver(): Promise<S3rverHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-s3rver-'));
  const child: ChildProcess = spawn(process.execPath, ['--openssl-legacy-provider', '-e', script, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      const line = buf.split('\n')[0];
      if (buf.includes('\n')) resolve(JSON.parse(line).port);
    });
    child.on('exit', (code) => reject(new Error(`s3rver exited early (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
