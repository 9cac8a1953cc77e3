// Runs every test file with node's own test runner. Node 20's --test takes no globs, so the files are
// listed here; tsx compiles TypeScript/TSX on the fly.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const roots = only.length ? only : ['test/unit', 'test/component', 'test/integration', 'test/e2e', 'test/monkey'];
const files = [];
const walk = (p) => {
  if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
  else if (/\.test\.tsx?$/.test(p)) files.push(p);
};
for (const r of roots) {
  try { walk(r); } catch { /* a missing folder has no tests */ }
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
  env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
});
process.exit(r.status ?? 1);
