// Temporary AWS config directories for tests: a config and a credentials file (and an awsnav config)
// in a fresh temp dir, and the environment that points the SDK and awsnav at them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempConfig {
  dir: string;
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

export function tempAwsConfig(files: { config?: string; credentials?: string; awsnav?: string }, extraEnv: NodeJS.ProcessEnv = {}): TempConfig {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-test-config-'));
  const path = (name: string) => join(dir, name);
  writeFileSync(path('config'), files.config ?? '');
  writeFileSync(path('credentials'), files.credentials ?? '');
  if (files.awsnav !== undefined) writeFileSync(path('awsnav'), files.awsnav);
  const env: NodeJS.ProcessEnv = {
    AWS_CONFIG_FILE: path('config'),
    AWS_SHARED_CREDENTIALS_FILE: path('credentials'),
    AWSNAV_CONFIG_FILE: path('awsnav'),
    ...extraEnv,
  };
  return { dir, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Points this process at the files (the SDK's providers read process.env), with the rest of the
 * person's AWS environment removed, and no instance metadata to wait for. Returns the undo.
 */
export function useAwsEnv(env: NodeJS.ProcessEnv): () => void {
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_') && k !== 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED') delete process.env[k];
  Object.assign(process.env, { AWS_EC2_METADATA_DISABLED: 'true' }, env);
  return () => {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  };
}
