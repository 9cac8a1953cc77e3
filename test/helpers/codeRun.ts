// Runs the code view's programs for real: the AWS CLI tab in bash with Debian's awscli, the boto3 tabs
// with Debian's python3-boto3, the JS tab with this Node. Each gets a throw-away AWS config holding the
// profile the code names (keys in the credentials file, as `aws configure` writes them), nothing else.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SANDBOX_ACCOUNTS } from '../../src/sandbox/index';
import type { CodeTab } from '../../src/data/code/index';

/** Debian's tools, not whatever a Python version manager put first on PATH. */
export const AWS_CLI = '/usr/bin/aws';
export const PYTHON = '/usr/bin/python3';
const REPO = resolve(import.meta.dirname, '../..');

function has(cmd: string, args: string[]): Promise<boolean> {
  if (!existsSync(cmd)) return Promise.resolve(false);
  return new Promise((ok) => execFile(cmd, args, { timeout: 20_000 }, (err) => ok(!err)));
}

/** Why a tab cannot run here (the skip reason), or undefined when it can. */
export async function missingTool(tab: CodeTab['id']): Promise<string | undefined> {
  if (tab === 'cli') return (await has(AWS_CLI, ['--version'])) ? undefined : `${AWS_CLI} is not installed (apt-get install awscli)`;
  if (tab === 'boto3' || tab === 'resource') return (await has(PYTHON, ['-c', 'import boto3'])) ? undefined : `${PYTHON} with boto3 is not installed (apt-get install python3-boto3)`;
  return undefined;
}

export interface CodeEnv {
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** A config naming the dev profile with the region only: the code itself must name the endpoint. */
export function codeEnv(): CodeEnv {
  const dev = SANDBOX_ACCOUNTS.find((a) => a.name === 'dev')!;
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-code-'));
  writeFileSync(join(dir, 'config'), `[profile dev]\nregion = ${dev.region}\n`);
  writeFileSync(join(dir, 'credentials'), `[dev]\naws_access_key_id = ${dev.accessKeyId}\naws_secret_access_key = ${dev.secretAccessKey}\n`);
  // `aws` in the code is Debian's.
  if (existsSync(AWS_CLI)) symlinkSync(AWS_CLI, join(dir, 'aws'));
  const env: NodeJS.ProcessEnv = {
    PATH: `${dir}:/usr/bin:/bin`,
    HOME: dir,
    LC_ALL: 'C.UTF-8',
    PYTHONIOENCODING: 'utf-8',
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PAGER: '',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  return { env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs one tab's program; resolves with its stdout, rejects with its stderr. */
export function runTab(tab: CodeTab, env: NodeJS.ProcessEnv, timeout = 60_000): Promise<string> {
  const program = tab.lines.join('\n') + '\n';
  const [cmd, args] =
    tab.language === 'shell'
      ? ['/bin/bash', ['-c', program]]
      : tab.language === 'python'
        ? [PYTHON, ['-c', program]]
        : // --eval resolves imports from the working directory: the repository's node_modules.
          [process.execPath, ['--input-type=module', '-e', program]];
  return new Promise((ok, fail) =>
    execFile(cmd, args as string[], { env, cwd: REPO, timeout, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
      err ? fail(new Error(`${tab.title} failed: ${stderr || err.message}\n--- program:\n${program}`)) : ok(stdout),
    ),
  );
}

/** Lines of output, without the empty last one. */
export const linesOf = (out: string): string[] => out.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
