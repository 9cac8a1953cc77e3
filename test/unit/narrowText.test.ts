// scripts/narrowText.mjs changes how string-width measures and how ansi-tokenize, slice-ansi,
// cli-truncate and wrap-ansi cut text into graphemes (without ICU, for text of one-cell characters):
// here every patched copy, bundled, must give what the published one gives, for texts of those
// characters, of others (wide, emoji, marks, ambiguous, controls, styles) and of both mixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../../scripts/bundleOptions.mjs';
import { narrowText } from '../../scripts/narrowText.mjs';

interface Scenario {
  copies: Record<string, unknown>;
  results(texts: string[]): string[];
}

// Not minified, so the checks below can read the patched source.
const readable = { minifyWhitespace: false, minifySyntax: false };

async function bundled(dir: string, patched: boolean): Promise<{ scenario: Scenario; source: string; warnings: string[] }> {
  const outdir = join(dir, patched ? 'patched' : 'published');
  const plugins = (bundleOptions.plugins ?? []).filter((p) => patched || p !== narrowText);
  const result = await build({ ...bundleOptions, ...readable, plugins, entryPoints: ['test/unit/narrowTextScenario.ts'], outdir, logLevel: 'silent' });
  const source = readFileSync(join(outdir, 'narrowTextScenario.js'), 'utf8');
  const scenario = (await import(pathToFileURL(join(outdir, 'narrowTextScenario.js')).href)) as Scenario;
  return { scenario, source, warnings: result.warnings.map((w) => w.text) };
}

/** Every string-width in node_modules, as the scenario names them. */
function copiesInTree(root = 'node_modules', out: string[] = []): string[] {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(root, entry.name);
    if (entry.name === 'string-width') out.push(relative('node_modules', path).replaceAll('\\', '/'));
    else if (entry.name === 'node_modules' || root.endsWith('node_modules') || entry.name.startsWith('@')) copiesInTree(path, out);
  }
  return out;
}

const narrow = ['│ ▸ ● … ─┼╭╮ ← ↑ → ↓ ↔ ‼ ⁉ ™', '§±°×÷ éñü', 'a│b', '▸ dev-logs/raw/2024 │ 1.2 KiB', '┌──┐\n│ab│\n└──┘', 'x\ty\u0007z'];
const other = ['対象ファイル', '報告/2024/データ', '👍🏽 ok', '👨‍👩‍👧', '🇯🇵🇫🇷', 'e\u0301e\u0301', '©\ufe0f ®', 'a\u200bb\u00adc', '한국어', 'a\r\nb', '\u0915\u094d\u0937'];
const styled = ['a\ud800b│', '\udc00', '\u001b[31mred│\u001b[39m', '\u001b[1m▸\u001b[22m 対象', '\u001b]8;;https://x\u0007link\u001b]8;;\u0007…'];
const texts = [...narrow, ...other, ...styled, ...narrow.map((t, i) => t + other[i % other.length]), '', ' ', 'x'.repeat(200_000) + '│'];

test('the patched text packages measure, cut, slice, truncate and wrap as published (every string-width copy)', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-narrow-text-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  try {
    const published = await bundled(dir, false);
    const patched = await bundled(dir, true);
    assert.deepEqual(patched.warnings, [], 'every file of the patch applies to the packages installed');
    assert.deepEqual(Object.keys(patched.scenario.copies).sort(), copiesInTree().sort(), 'the scenario measures with every copy of string-width in the tree');
    assert.equal(patched.source.match(/awsnavNotNarrow\d*\.test\(string\)/g)?.length, 6, 'every copy takes the fast way');
    assert.doesNotMatch(patched.source, /new Intl\.Segmenter\(\)|\/[^/\n]*\\p\{RGI_Emoji\}[^/\n]*\/v/, 'no segmenter and no emoji regex made as the modules load');
    assert.equal(patched.source.match(/awsnavLazyRegex\d*\(String\.raw`[^`]*RGI_Emoji/g)?.length, 6, 'the emoji regexes of all six copies are made at first use');
    assert.match(published.source, /new Intl\.Segmenter\(\)/);
    const expected = published.scenario.results(texts);
    const got = patched.scenario.results(texts);
    for (let i = 0; i < texts.length; i++) assert.equal(got[i], expected[i], `text ${i} (${JSON.stringify(texts[i].slice(0, 30))})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
