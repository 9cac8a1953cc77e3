// Hostile names (issue 6): generated keys with every C0 and C1 control, escape sequences, OSC 8
// links, bidi and zero-width characters, combining marks, wide characters and 1,024-byte keys. No raw
// control byte may reach any frame, and the table's columns stay aligned (rendered width per row).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import stringWidth from 'string-width';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { startSandbox, type Sandbox } from '../../src/sandbox/index';
import { node } from '../../src/data/tree';
import { profileNode, rootNode } from '../../src/data/root';
import { s3Bucket } from '../../src/data/s3/nodes';
import { fakeTree } from '../helpers/fakeTree';
import { driver } from '../helpers/ink';
import { renderAt } from '../helpers/wideTerm';
import { sandboxSession } from '../helpers/sessions';

function hostileLabels(): string[] {
  const out: string[] = [];
  for (let c = 0; c <= 0x1f; c++) out.push(`c0-${c.toString(16)}-${String.fromCharCode(c)}-end`);
  out.push('del-\u007f-end');
  for (let c = 0x80; c <= 0x9f; c++) out.push(`c1-${c.toString(16)}-${String.fromCharCode(c)}-end`);
  out.push(
    'csi-\u001b[2J\u001b[H-end',
    'osc-title-\u001b]0;pwned\u0007-end',
    'osc-title-st-\u001b]2;pwned\u001b\\-end',
    'osc8-\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\-end',
    'dcs-\u001bPq#0;2;0;0;0\u001b\\-end',
    'bidi-\u202ecod.exe',
    'bidi-\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f\u061c-end',
    'zw-\u200b\u200c\u200d\u2060\ufeff-end',
    'combining-e\u0301\u0302\u0303\u0304\u0305\u0306-end',
    'zalgo-' + 'a\u0300\u0301\u0302\u0303\u0304'.repeat(30),
    '日本語のファイル名-中文-한국어',
    'emoji-📦🚀👩‍👩‍👧‍👦🇪🇺-end',
    'mixed-日本\u001b[31m語\u202e🙂\u0000x',
    'x'.repeat(1024),
    '語'.repeat(341) + 'x', // 1,024 bytes of UTF-8, 683 cells wide
    'lone-surrogate-\ud800-end',
  );
  return out;
}

// chalk writes no colour here (not a TTY), so any ESC at all in a frame is a leak.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff\u061c]|[\ud800-\udbff](?![\udc00-\udfff])/;

function assertFrameSafe(frame: string) {
  const m = RAW.exec(frame);
  assert.ok(!m, `raw U+${m?.[0].charCodeAt(0).toString(16).padStart(4, '0')} in frame:\n${frame}`);
}

/** The column where the detail pane's border starts, per table row: all must be equal. */
function assertAligned(frame: string) {
  const rows = frame.split('\n').filter((l) => /^(▸|\s)\s+\S/.test(l) && l.includes('│'));
  assert.ok(rows.length > 3, 'table rows on screen');
  const widths = new Set(rows.map((l) => stringWidth(l.slice(0, l.indexOf('│')))));
  assert.equal(widths.size, 1, `rows of different widths: ${[...widths]}\n${frame}`);
}

afterEach(() => cleanup());

test('generated hostile names: no raw control byte in any frame, columns aligned', async (t) => {
  const labels = hostileLabels();
  const { root } = fakeTree({ items: labels.length, labels, pageSize: 40 });
  // Wide enough for the detail pane, whose border shows the rows are aligned.
  const term = renderAt(<App path={[root]} />, { columns: 160, rows: 40 });
  t.after(() => term.unmount());
  const ui = driver(term);
  await ui.see('alpha');
  ui.press('open');
  await ui.see('big-collection');
  ui.press('open');
  await ui.see('c0-0-\\x00-end');
  for (let i = 0; i < labels.length; i++) {
    ui.press('cursor.down');
    if (i % 7 === 0) {
      await ui.see(`${Math.min(i + 2, labels.length)}/`);
      assertAligned(ui.frame());
    }
  }
  await ui.see(`${labels.length}/${labels.length}`);
  ui.press('filter');
  ui.type('\u001b]0;');
  ui.press('filter.accept', 'filter');
  ui.press('raw');
  await ui.see('raw ·');
  for (const f of term.frames) assertFrameSafe(f);
});

let sandbox: Sandbox;
before(async () => {
  sandbox = await startSandbox();
});
after(() => sandbox?.close());

test('the sandbox\'s hostile bucket, listed through the real data layer: safe and aligned', async (t) => {
  const session = sandboxSession(sandbox.url);
  const profile = node(profileNode, 'dev', 'dev', { session });
  const bucket = node(s3Bucket, 'dev-hostile', 'dev-hostile', { name: 'dev-hostile', region: 'us-east-1' });
  const term = renderAt(<App path={[rootNode([profile]), profile, bucket]} />, { columns: 160, rows: 40 });
  t.after(() => term.unmount());
  const ui = driver(term);
  await ui.see(/\d+ loaded · all loaded/);
  const count = Number(/(\d+) loaded/.exec(ui.frame())![1]);
  for (let i = 0; i < count; i++) {
    ui.press('cursor.down');
    await ui.see(`${Math.min(i + 2, count)}/${count}`);
    assertAligned(ui.frame());
  }
  await ui.until(() => !ui.frame().includes('loading details'), 'the last details');
  for (const f of term.frames) assertFrameSafe(f);
});
