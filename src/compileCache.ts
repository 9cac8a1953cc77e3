// Node 22+ can keep the compiled code of the modules it loads on disk (module.enableCompileCache), so
// the second start skips most of V8's parsing of the 1 MB bundle. The cache lives with the user's
// other caches; a cache that cannot be written only costs the speed-up (Node reports it, never throws).
import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'awsnav');
}

export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  if (env.AWSNAV_NO_COMPILE_CACHE) return; // for the bench's cold start-up figure
  try {
    module.enableCompileCache?.(compileCacheDir(env));
  } catch {
    // No cache: start-up is slower, nothing else changes.
  }
}
