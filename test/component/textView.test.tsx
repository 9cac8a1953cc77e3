// The text view (the raw view `y`, a preview, a job's lines) at 80×24 and 160×45: `lines X–Y of N`
// names exactly the screen lines in view (Y − X + 1 of them), long lines wrap by display width onto
// screen lines that the count includes, paging through shows the whole text once, nothing is cut,
// no line is wider than the terminal, and no control byte from the record reaches the frame raw.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import stringWidth from 'string-width';
import { Box } from 'ink';
import { App } from '../../src/ui/App';
import { TextView } from '../../src/ui/dialogs/TextView';
import { node, type NodeType, type TreeNode } from '../../src/data/tree';
import { sanitize } from '../../src/data/sanitize';
import { driver } from '../helpers/ink';
import { renderSized, cleanupSized } from '../helpers/sized';
import { commandKeys } from '../../src/keys/keymap';

afterEach(() => cleanupSized());

const SGR = /\u001b\[[0-9;]*m/g;
// Any C0/C1 control but the newline between frame lines, and the bidi overrides.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

// Wide characters, an emoji, an ESC sequence and a C1 CSI (which JSON.stringify leaves as it is),
// and long enough to wrap at 156 cells.
const KEY = `報告/2024/データ-😀-\u001b[2J\u009b31m-${'部署別の売上'.repeat(12)}-${'x'.repeat(120)}.csv`;
const ETAG = `"${'d41d8cd98f00b204e9800998ecf8427e'.repeat(3)}-12"`;
const record: Record<string, string> = { Key: KEY, ETag: ETAG };
for (let i = 0; i < 70; i++) record[`Field${String(i).padStart(2, '0')}`] = `value-${i}`;

function tree(): TreeNode {
  const item: NodeType<null> = {
    name: 'test.item',
    kind: 'item',
    describe: () => [{ label: 'Key', value: 'the object' }],
    details: async () => ({ fields: [{ label: 'Key', value: 'the object' }], raw: record }),
  };
  const list: NodeType<null> = {
    name: 'test.list',
    kind: 'collection',
    columns: [{ id: 'name', title: 'NAME', width: 0, cell: (n) => n.label }],
    async *children() {
      yield { items: [node(item, 'a', 'the-object.json', null)] };
    },
  };
  return node(list, 'list', 'objects', null);
}

interface View {
  first: number;
  last: number;
  total: number;
  rows: string[];
  footer: string;
}

/** The view on screen: its position line and the lines between its title and that line. */
function parse(frame: string, title: RegExp): View | undefined {
  const lines = frame.replace(SGR, '').split('\n');
  const top = lines.findIndex((l) => title.test(l));
  const at = lines.findIndex((l) => /lines \d+–\d+ of \d+/.test(l));
  if (top < 0 || at < 0) return undefined;
  const [, first, last, total] = /lines (\d+)–(\d+) of (\d+)/.exec(lines[at])!.map(Number);
  // A row is `│ text │`: the text is what lies between the borders, less the padding.
  const rows = lines.slice(top + 1, at).map((l) => l.slice(2, l.lastIndexOf('│')).trimEnd());
  // A text shorter than the page leaves the rest of the page blank (and only then).
  if (last === total) while (rows.length > last - first + 1 && rows.at(-1) === '') rows.pop();
  return { first, last, total, rows, footer: lines[at] };
}

for (const [columns, height] of [[80, 24], [160, 45]] as const) {
  test(`${columns}×${height}: the raw view says which lines it shows, and paging shows every one of them once`, async () => {
    const term = renderSized(<App path={[tree()]} />, columns, height);
    const ui = driver(term);
    await ui.see('the-object.json');
    ui.press('raw', 'browse');
    await ui.see(/lines 1–\d+ of \d+/);
    const seen = new Map<number, string>();
    let view = parse(ui.frame(), /raw ·/)!;
    for (;;) {
      assert.equal(view.rows.length, view.last - view.first + 1, `"${view.footer.trim()}" with ${view.rows.length} lines in view:\n${ui.frame()}`);
      for (const line of ui.frame().split('\n')) assert.ok(stringWidth(line) <= columns, `a line ${stringWidth(line)} wide: ${line}`);
      view.rows.forEach((r, i) => {
        const n = view.first + i;
        if (seen.has(n)) assert.equal(r, seen.get(n), `line ${n} is the same line on both pages`);
        seen.set(n, r);
      });
      if (view.last === view.total) break;
      const before = view.first;
      ui.press('text.pageDown', 'text');
      await ui.until((f) => (parse(f, /raw ·/)?.first ?? before) !== before, 'the next page');
      view = parse(ui.frame(), /raw ·/)!;
      assert.ok(view.first <= before + view.rows.length + 1, 'a page down skips no line');
    }
    assert.deepEqual([...seen.keys()].sort((a, b) => a - b), Array.from({ length: view.total }, (_, i) => i + 1), 'every line was in view');
    // The screen lines put together are the whole record, as sanitised: nothing cut with `…`.
    const shown = [...seen.entries()].sort(([a], [b]) => a - b).map(([, r]) => r).join('');
    const whole = JSON.stringify(record, null, 2).split('\n').map(sanitize).join('');
    assert.equal(shown.replace(/\s/g, ''), whole.replace(/\s/g, ''));
    assert.ok(view.total > Object.keys(record).length + 2, 'the long lines were counted as the screen lines they take');
    assert.match(view.footer, /long lines? wrapped/, 'the count says lines were wrapped');
    assert.match(shown, /\\x9b31m/, 'the C1 CSI is drawn escaped');
    for (const f of term.stdout.frames) assert.doesNotMatch(f.replace(SGR, ''), RAW, 'no raw control byte in a frame');
  });
}

// The caption of a raw view (the request that produced it) is longer than 80 columns: it used to
// wrap and push the first line off the top, so the view said `lines 1–15` while showing 2–15.
const CAPTION = 'HeadObject {"Bucket":"dev-logs","Key":"raw/2024/10/08/api-012555.log"} · as the API returned it';
for (const [columns, height] of [[80, 24], [160, 45]] as const) {
  test(`${columns}×${height}: a caption that wraps takes its lines from the page, not from the count`, async () => {
    const lines = Array.from({ length: 76 }, (_, i) => `line ${i + 1}`);
    // The body the browser gives a text view: the terminal less header, crumbs, status and footer.
    const body = height - 4;
    const term = renderSized(
      <Box height={body} width={columns}>
        <TextView title="raw · t" lines={lines} note={CAPTION} height={body} close={() => {}} />
      </Box>,
      columns,
      height,
    );
    const ui = driver(term);
    await ui.see(/lines 1–\d+ of 76/);
    for (let page = 0; ; page++) {
      const view = parse(ui.frame(), /raw · t/)!;
      assert.ok(ui.frame().split('\n').length <= body, `the view fits the body:\n${ui.frame()}`);
      assert.deepEqual(view.rows, lines.slice(view.first - 1, view.last), `"${view.footer.trim()}" shows those lines:\n${ui.frame()}`);
      const inside = ui.frame().replace(SGR, '').split('\n').map((l) => l.slice(2, l.lastIndexOf('│')).trim()).join(' ');
      assert.ok(inside.includes(CAPTION), `the caption is shown whole:\n${ui.frame()}`);
      if (view.last === 76) break;
      ui.press('text.pageDown', 'text');
      await ui.until((f) => parse(f, /raw · t/)?.first !== view.first, 'the next page');
      assert.ok(page < 20, 'the pages end');
    }
  });
}

test('the text view sanitises lines handed to it raw (a job\'s lines), and a wrapped ESC is measured as drawn', async () => {
  const lines = [`job-line-\u001b[2J\u001b]0;pwned\u0007-${'é'.repeat(200)}`, 'second'];
  const term = renderSized(<TextView title="job · t" lines={lines} note="failed" height={20} close={() => {}} />, 80, 24);
  const ui = driver(term);
  await ui.see(/lines 1–\d+ of \d+/);
  const view = parse(ui.frame(), /job · t/)!;
  assert.equal(view.rows.length, view.last - view.first + 1);
  assert.equal(view.rows.join('').replace(/\s/g, ''), sanitize(lines.join('')).replace(/\s/g, ''));
  for (const line of ui.frame().split('\n')) assert.ok(stringWidth(line) <= 80, `a line ${stringWidth(line)} wide: ${line}`);
  for (const f of term.stdout.frames) assert.doesNotMatch(f.replace(SGR, ''), RAW, 'no raw control byte in a frame');
});

test('keys that arrive in one burst each scroll from where the last one left the view', async () => {
  const lines = Array.from({ length: 76 }, (_, i) => `line ${i + 1}`);
  const term = renderSized(<TextView title="raw · t" lines={lines} height={20} close={() => {}} />, 80, 24);
  const ui = driver(term);
  await ui.see(/lines 1–\d+ of 76/);
  // Three downs in one write, as a held key or a paste delivers them.
  term.stdin.write(commandKeys('text.down', 'text').repeat(3));
  await ui.see(/lines 4–\d+ of 76/);
  const view = parse(ui.frame(), /raw · t/)!;
  assert.deepEqual(view.rows, lines.slice(3, view.last));
});
