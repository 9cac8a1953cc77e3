// The rule that makes sanitising structural (issue 12): text reaches the terminal through
// src/ui/Safe.tsx's <Text> and nothing else. Ink's own Text (and the components that draw without it:
// Transform, Static, Newline), its host elements, and raw writes to the terminal are reachable from
// nowhere else in src. A file that needs an exception is named here with its reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SAFE = 'src/ui/Safe.tsx';
/** What draws, or writes, past the sanitiser. */
const DRAWING = new Set(['Text', 'Transform', 'Static', 'Newline', 'useStdout', 'useStderr']);
/** Set up and restore the terminal itself (alternate screen, cursor, modes): they write no text. */
const TERMINAL_FILES = new Set(['src/ui/terminal.ts', 'src/ui/keyStream.ts']);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|cts|js|jsx|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Every way `source` (a file at `path`) could draw or write text past Safe.tsx. */
export function violations(path: string, source: string): string[] {
  const found: string[] = [];
  const inUi = path.startsWith('src/ui/') || path.startsWith('src/hooks/');
  if (path !== SAFE) {
    for (const m of source.matchAll(/\bimport\s+(type\s+)?([^;'"]*?)\s*from\s*['"](ink(?:\/[^'"]*)?)['"]/g)) {
      const [, typeOnly, clause, from] = m;
      if (typeOnly) continue;
      if (from !== 'ink') found.push(`imports Ink's internals (${from})`);
      if (!/^\{[\s\S]*\}$/.test(clause.trim())) found.push(`imports Ink whole (${clause.trim()}): name what it uses`);
      const names = clause.replace(/[{}]/g, '').split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type '));
      for (const n of names) if (DRAWING.has(n.split(/\s+as\s+/)[0])) found.push(`imports ${n} from Ink: draw text through ${SAFE}`);
    }
    if (/\b(require|import)\s*\(\s*['"]ink/.test(source)) found.push('loads Ink dynamically');
    if (/['"<]ink-(text|virtual-text|box|root)\b/.test(source)) found.push("names one of Ink's host elements");
  }
  if (inUi && !TERMINAL_FILES.has(path) && /\bprocess\.(stdout|stderr)\b/.test(source)) found.push('writes to the terminal itself');
  return found;
}

test('no file in src draws text past src/ui/Safe.tsx', () => {
  const problems = sources('src').flatMap((path) => violations(path, readFileSync(join(ROOT, path), 'utf8')).map((v) => `${path}: ${v}`));
  assert.deepEqual(problems, []);
});

test('Safe.tsx is the one file that imports Ink\'s Text', () => {
  assert.match(readFileSync(join(ROOT, SAFE), 'utf8'), /import \{ Text as InkText, [^}]*\btype TextProps \} from 'ink'/);
  const importers = sources('src').filter((p) => /import\s*\{[^}]*\bText\b[^}]*\}\s*from\s*['"]\.{1,2}\/(\.\.\/)*(ui\/)?Safe['"]/.test(readFileSync(join(ROOT, p), 'utf8')));
  assert.ok(importers.length >= 15, `the views draw through Safe.tsx (${importers.length} do)`);
});

test('the rule catches each way around it', () => {
  const bad: Record<string, string> = {
    plain: "import { Text } from 'ink';",
    mixed: "import { Box, Text } from 'ink';",
    renamed: "import { Text as T } from 'ink';",
    multiline: "import {\n  Box,\n  Transform,\n} from 'ink';",
    whole: "import * as ink from 'ink';",
    byDefault: "import Ink from 'ink';",
    deep: "import Text from 'ink/build/components/Text.js';",
    dynamic: "const { Text } = await import('ink');",
    required: "const ink = require('ink');",
    host: "React.createElement('ink-text', {}, raw);",
    stdout: 'process.stdout.write(raw);',
    hook: "import { useStdout } from 'ink';",
    newline: "import { Newline, Box } from 'ink';",
  };
  for (const [name, src] of Object.entries(bad)) assert.notDeepEqual(violations('src/ui/Example.tsx', src), [], name);
  for (const ok of ["import { Box } from 'ink';", "import type { Key } from 'ink';", "import { type Key, useInput } from 'ink';", "import { Text } from './Safe';"]) {
    assert.deepEqual(violations('src/ui/Example.tsx', ok), [], ok);
  }
});
