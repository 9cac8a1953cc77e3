// The detail pane: values wrap by display width (a CJK character or an emoji takes two cells, an
// escape is drawn as `\e`), so no line is wider than the pane and a long key or ETag reads whole;
// the label column keeps its width whatever labels a record has, so moving between two records
// rewrites only the values that changed (issue 16); and no control byte of a value reaches a frame.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import stringWidth from 'string-width';
import { render, type Instance } from 'ink';
import { App } from '../../src/ui/App';
import { DetailPane } from '../../src/ui/DetailPane';
import { inkOptions } from '../../src/ui/inkOptions';
import { node, type DetailField, type NodeType, type TreeNode } from '../../src/data/tree';
import { sanitize } from '../../src/data/sanitize';
import { driver, waitFor } from '../helpers/ink';
import { renderSized, cleanupSized } from '../helpers/sized';
import { TtyOut, ttyIn } from '../helpers/vt';
import { keymap } from '../../src/keys/keymap';

const SGR = /\u001b\[[0-9;]*m/g;
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const KEY = `報告/2024/データ-😀-${'部署別の売上'.repeat(4)}-e\u0301-final.csv`;
const ETAG_ONE_LINE = '"9b2cf535f27731c974343645a3985328"';
const ETAG = `"${'9b2cf535f27731c974343645a3985328'.repeat(2)}-1024"`;

let app: Instance | undefined;
afterEach(() => {
  cleanupSized();
  app?.unmount();
  app = undefined;
});

/** The pane's lines in a frame (it sits at the left edge), SGR removed. */
function paneLines(frame: string): string[] {
  return frame.replace(SGR, '').split('\n').filter((l) => /^[┌│└]/.test(l));
}

/** What a field's value reads as: its lines under the label, the indent and borders taken off. */
function valueUnder(lines: string[], label: string): string {
  const inner = lines.map((l) => l.slice(2, l.lastIndexOf('│')).trimEnd());
  const at = inner.findIndex((l) => l === label);
  assert.ok(at >= 0, `a line "${label}" of its own:\n${lines.join('\n')}`);
  const out: string[] = [];
  for (let i = at + 1; i < inner.length && inner[i].startsWith('  '); i++) out.push(inner[i].slice(2));
  return out.join('');
}

for (const width of [40, 54]) {
  test(`${width} columns: a key of wide characters and an ETag wrap by display width, whole, no line wider than the pane`, async () => {
    const fields: DetailField[] = [
      { label: 'Key', value: KEY },
      { label: 'Size', value: '1.2 KiB (1234 bytes)' },
      { label: 'ETag', value: ETAG },
    ];
    const ui = driver(renderSized(<DetailPane title={KEY} fields={fields} loading={false} width={width} height={20} />, 100, 30));
    await ui.see('ETag');
    const lines = paneLines(ui.frame());
    assert.ok(lines.length > 5, ui.frame());
    // Every line of the box is exactly the pane's width: its right border where it belongs.
    for (const l of lines) assert.equal(stringWidth(l), width, `a line ${stringWidth(l)} wide, not ${width}:\n${lines.join('\n')}`);
    assert.equal(valueUnder(lines, 'Key'), KEY, 'the key reads whole, nothing cut');
    assert.equal(valueUnder(lines, 'ETag'), ETAG, 'the ETag reads whole');
    assert.match(ui.frame(), /Size\s+1\.2 KiB \(1234 bytes\)/, 'a short value stays beside its label');
  });
}

test('a key with ESC and CSI bytes reaches the frame escaped, and is wrapped as drawn', async () => {
  const evil = `evil-\u001b[2J\u001b[H-\u001b]0;pwned\u0007-\u009b31m-${'x'.repeat(60)}-end`;
  const term = renderSized(
    <DetailPane title={evil} fields={[{ label: 'Key', value: evil }, { label: `meta: \u001b[31mred`, value: evil }]} loading={false} width={40} height={20} />,
    100,
    30,
  );
  await driver(term).see('end');
  for (const f of term.stdout.frames) assert.doesNotMatch(f.replace(SGR, ''), RAW, 'no raw control byte in a frame');
  const lines = paneLines(term.lastFrame()!);
  for (const l of lines) assert.equal(stringWidth(l), 40, `a line ${stringWidth(l)} wide, not 40:\n${lines.join('\n')}`);
  assert.equal(valueUnder(lines, 'Key'), sanitize(evil), 'the key reads whole, its escapes visible');
  assert.match(term.lastFrame()!, /\\e\[2J/);
});

test('the label column keeps its width between records with different labels', async () => {
  const short: DetailField[] = [
    { label: 'Key', value: 'a.csv' },
    { label: 'Size', value: '7 B' },
  ];
  const long: DetailField[] = [
    { label: 'Key', value: 'b.csv' },
    { label: 'Size', value: '7 B' },
    { label: 'Content type', value: 'text/csv' },
    { label: 'Storage class', value: 'STANDARD' },
  ];
  const column = (fields: DetailField[]) => {
    const ui = driver(renderSized(<DetailPane title="x" fields={fields} loading={false} width={54} height={20} />, 100, 30));
    const line = paneLines(ui.frame()).find((l) => l.includes('7 B'))!;
    return line.indexOf('7 B');
  };
  assert.equal(column(short), column(long));
});

// A listing of two objects: the same Size and ETag, records with different label sets (the second
// has Content type and a metadata field, as HeadObject gives). At 160×45, as the CLI renders.
function twoObjects(): TreeNode {
  const fieldsOf = (i: number): DetailField[] => [
    { label: 'Key', value: `object-${i}.csv` },
    { label: 'Size', value: '7 B (7 bytes)' },
    // Short enough to stay beside its label on one line, so the line is findable in what was written.
    { label: 'ETag', value: ETAG_ONE_LINE },
    ...(i === 1 ? [{ label: 'Content type', value: 'text/csv' }, { label: 'meta: owner', value: 'data-team' }] : []),
  ];
  const item: NodeType<{ i: number }> = {
    name: 'test.item',
    kind: 'item',
    describe: (n) => fieldsOf(n.record.i).slice(0, 3),
    details: async (n) => ({ fields: fieldsOf(n.record.i), raw: {} }),
  };
  const list: NodeType<null> = {
    name: 'test.list',
    kind: 'collection',
    columns: [{ id: 'name', title: 'NAME', width: 0, cell: (n) => n.label }],
    async *children() {
      yield { items: [0, 1].map((i) => node(item, String(i), `object-${i}.csv`, { i })) };
    },
  };
  return node(list, 'list', 'objects', null);
}

test('moving to a record with longer labels rewrites the values that changed, not the lines that did not', async () => {
  const stdout = new TtyOut(160, 45);
  const stdin = ttyIn();
  app = render(<App path={[twoObjects()]} />, {
    ...inkOptions(stdin, stdout as unknown as NodeJS.WriteStream),
    stderr: new TtyOut(160, 45) as unknown as NodeJS.WriteStream,
  });
  const screen = () => stdout.screen.text();
  await waitFor(() => /Key\s+object-0\.csv/.test(screen()) && !screen().includes('loading details'), 'the first record', 5000, screen);
  const from = stdout.writes.length;
  stdin.type('j');
  await waitFor(() => /meta: owner\s+data-team/.test(screen()) && !screen().includes('loading details'), 'the second record', 5000, screen);
  const written = stdout.writes.slice(from).join('');
  // Both records show Size and ETag on the same lines with the same values: with the label column
  // at one width those lines are left as they are.
  assert.match(screen(), new RegExp(`ETag\\s+${ETAG_ONE_LINE}`), 'the ETag beside its label');
  assert.ok(!written.includes(ETAG_ONE_LINE), `the ETag line was rewritten:\n${JSON.stringify(written)}`);
  assert.ok(!written.includes('7 B (7 bytes)'), 'the Size line was rewritten');
  assert.match(screen(), /Content type\s+text\/csv/);
});

test('a record longer than the pane says how many lines are left out, and the key that shows them all', async () => {
  const fields = Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: `value-${i}` }));
  const raw = keymap.find((b) => b.command === 'raw' && b.scope === 'browse')!;
  const saved = raw.keys;
  try {
    raw.keys = ['ctrl+r'];
    const ui = driver(renderSized(<DetailPane title="x" fields={fields} loading={false} width={54} height={12} />, 100, 30));
    await ui.see('more lines');
    const lines = paneLines(ui.frame());
    assert.equal(lines.length, 12, 'the pane keeps its height');
    const shown = lines.filter((l) => /F\d+\s+value-/.test(l)).length;
    assert.match(ui.frame(), new RegExp(`… ${30 - shown} more lines \\(Ctrl-R: the whole record\\)`));
  } finally {
    raw.keys = saved;
  }
});

test('an error under a long record is shown whole, in the pane\'s height, and the fields take what is left', async () => {
  const fields = Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: `value-${i}` }));
  const error = {
    message: 'Access Denied: the role awsnav-readonly may not call s3:GetObject on this bucket (AccessDenied, 403).',
    hint: 'Ask for s3:GetObject on arn:aws:s3:::dev-logs/*, or switch profile (p).',
  };
  const ui = driver(renderSized(<DetailPane title="x" fields={fields} loading={false} error={error} width={40} height={14} />, 100, 30));
  await ui.see('more lines');
  const lines = paneLines(ui.frame());
  assert.equal(lines.length, 14, `the pane keeps its height:\n${lines.join('\n')}`);
  for (const l of lines) assert.equal(stringWidth(l), 40, `a line ${stringWidth(l)} wide:\n${lines.join('\n')}`);
  assert.match(lines.at(-1)!, /^└─+┘$/, 'the bottom border is in its place');
  const text = lines.map((l) => l.slice(2, l.lastIndexOf('│')).trim()).join(' ');
  assert.ok(text.includes(error.message), `the message whole:\n${lines.join('\n')}`);
  assert.ok(text.includes(error.hint), `the hint whole:\n${lines.join('\n')}`);
  const shown = lines.filter((l) => /F\d+\s+value-/.test(l)).length;
  assert.ok(shown > 0, 'some fields still show');
  assert.match(ui.frame(), new RegExp(`… ${30 - shown} more lines`), 'and the count of the rest is true');
});
