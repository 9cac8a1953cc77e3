// `awsnav sandbox`: the local endpoint and its demo profiles with no UI, for the AWS CLI, boto3 or a
// script; it prints the line to paste into a shell and runs until Ctrl-C, then removes its files.
import { sandboxFilesOf, shareLines } from './sandbox/shareLines';

export async function runSandboxOnly(out: { write(s: string): unknown } = process.stdout): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { startSandboxEnvironment } = await import('./sandbox/environment');
  // A copy: this process keeps its own HOME and AWS settings; only what it prints points at the sandbox.
  const env: NodeJS.ProcessEnv = { ...process.env };
  const cleanup = await startSandboxEnvironment(env);
  const files = sandboxFilesOf(env)!;
  out.write(['awsnav sandbox: running. Ctrl-C stops it and removes its files.', '', ...shareLines(files), ''].join('\n'));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await cleanup();
  out.write('awsnav sandbox: stopped.\n');
  return 0;
}
