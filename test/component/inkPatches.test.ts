// scripts/inkPatches.mjs changes Ink inside the bundle (caches kept across frames, rows not
// re-serialised when their cells are last frame's), and the component tests run Ink as published, so
// this test is what holds the patched Ink to Ink's output: the same scenario (inkPatchesScenario.tsx)
// bundled with and without the patches must write the very same frames, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../../scripts/bundleOptions.mjs';
import { inkFrameCaches } from '../../scripts/inkPatches.mjs';
import { narrowText } from '../../scripts/narrowText.mjs';

type Scenario = (keys: string[], debug?: boolean) => Promise<string[]>;
type ThrottleScenario = () => Promise<{ first: boolean; secondAtOnce: boolean; secondLater: boolean; lastAtUnmount: boolean }>;

// Not minified, so the checks below can read the patched source.
const readable = { minifyWhitespace: false, minifySyntax: false };

async function bundled(dir: string, patched: boolean): Promise<{ scenario: Scenario; throttleScenario: ThrottleScenario; source: string }> {
  const outdir = join(dir, patched ? 'patched' : 'published');
  // Published: Ink and its text packages as they are (narrowText.mjs has its own test, and here it is
  // held to Ink's frames too).
  const plugins = (bundleOptions.plugins ?? []).filter((p) => patched || (p !== inkFrameCaches && p !== narrowText));
  // Each bundle is whole (its own React, Ink, app): only strings cross between it and this test.
  await build({ ...bundleOptions, ...readable, plugins, entryPoints: ['test/component/inkPatchesScenario.tsx'], outdir });
  const source = readdirSync(join(outdir, 'chunks')).map((f) => readFileSync(join(outdir, 'chunks', f), 'utf8')).join('\n') + readFileSync(join(outdir, 'inkPatchesScenario.js'), 'utf8');
  const mod = (await import(pathToFileURL(join(outdir, 'inkPatchesScenario.js')).href)) as { scenario: Scenario; throttleScenario: ThrottleScenario };
  return { scenario: mod.scenario, throttleScenario: mod.throttleScenario, source };
}

test('the patched Ink writes exactly the frames Ink writes (wide, coloured, truncated rows; moves, pages, records)', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-ink-patches-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n'); // the bundles are ESM
  try {
    const published = await bundled(dir, false);
    const patched = await bundled(dir, true);
    assert.match(patched.source, /awsnavRowString/, 'the patches apply to this Ink (else the build warns and ships Ink as published)');
    assert.match(patched.source, /awsnavSquashFresh/, 'the squashed strings are kept on their nodes');
    assert.match(patched.source, /awsnavWidestLine\(text\)/, 'the widths of the strings are kept');
    assert.match(patched.source, /awsnavSameWrites\(reach/, 'rows whose writes are last frame\'s are not built');
    assert.match(patched.source, /awsnavNarrow = true/, 'changed lines of narrow characters take the fast way');
    assert.match(patched.source, /awsnavStaticSeen \? findStaticNode/, 'no walk for a <Static> until there is one');
    assert.match(patched.source, /awsnavWrapText\(node/, 'a node keeps its wrapped text');
    assert.match(patched.source, /awsnavLazySegmenter/, 'text of one-cell characters is cut without ICU');
    assert.match(patched.source, /awsnavThrottle\(this\.onRender/, 'a change a full window after the last frame is drawn at once');
    assert.doesNotMatch(published.source, /awsnavRowString|awsnavSquash|awsnavWidestLine|awsnavLazySegmenter/);
    // Down past the first screen (rows scroll: every line changes), up, a page down and back.
    const keys = ['j', 'j', 'j', 'j'.repeat(45), 'k', 'k', '\u001b[6~', '\u001b[5~', 'G', 'g'];
    const expected = await published.scenario(keys);
    const got = await patched.scenario(keys);
    assert.ok(expected.length > keys.length, `Ink drew a frame per key (${expected.length} frames)`);
    assert.ok(expected.some((f) => f.includes('対象ファイル')) && expected.some((f) => f.includes('\u001b[')), 'the frames hold wide characters and styles');
    assert.equal(got.length, expected.length);
    for (let i = 0; i < expected.length; i++) assert.equal(got[i], expected[i], `frame ${i} differs`);
    // As the CLI renders (incremental, each changed line from where it first differs): the same screens.
    const expectedScreens = await published.scenario(keys, false);
    const gotScreens = await patched.scenario(keys, false);
    assert.ok(expectedScreens.at(-1)!.includes('0000-report.json') && expectedScreens[4].includes('Owner'), 'the screens hold the listing and the record');
    for (let i = 0; i < expectedScreens.length; i++) assert.equal(gotScreens[i], expectedScreens[i], `the screen after key ${i} differs`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a change that comes a full throttle window after the last frame is drawn at once, even while the event loop ran late', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'awsnav-ink-throttle-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  try {
    const published = await (await bundled(dir, false)).throttleScenario();
    const patched = await (await bundled(dir, true)).throttleScenario();
    // Ink as published: the second change waits for a timer, a window after the loop is free again.
    assert.deepEqual(published, { first: true, secondAtOnce: false, secondLater: true, lastAtUnmount: true }, 'Ink as published defers it (else the patch has nothing left to mend)');
    // And a change still held when the app unmounts is drawn (Ink flushes its throttle there).
    assert.deepEqual(patched, { first: true, secondAtOnce: true, secondLater: true, lastAtUnmount: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
