// Safe.tsx's <Line> draws a line of several styles as one string in one Ink <Text> (a table row):
// the terminal must get the very bytes that the same runs as nested <Text>s give, colour and all, and
// text from outside in a run is sanitised as <Text> sanitises it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import chalk from 'chalk';
import { createRequire } from 'node:module';
import { Box as InkBox } from 'ink';
import { render, cleanup } from 'ink-testing-library';
import { Line, Text, type Run } from '../../src/ui/Safe';

// Ink's chalk draws no colour where stdout is not a terminal; this test is about colour.
const level = chalk.level;
chalk.level = 3;
after(() => {
  chalk.level = level;
  cleanup();
});

function nested(runs: Run[]) {
  return (
    <Text wrap="truncate">
      {runs.map((r, i) => (
        <Text key={i} color={r.color} bold={r.bold} inverse={r.inverse}>
          {r.text}
        </Text>
      ))}
    </Text>
  );
}

const frame = (el: React.ReactElement, columns = 60) => {
  const { lastFrame, unmount } = render(<Box columns={columns}>{el}</Box>);
  const out = lastFrame() ?? '';
  unmount();
  return out;
};

// A fixed width, so truncation is tested too.
function Box({ columns, children }: { columns: number; children: React.ReactNode }) {
  return <InkBox width={columns}>{children}</InkBox>;
}

const lines: Run[][] = [
  [{ text: '▸●', color: 'cyan' }, { text: 'logs/', bold: true, inverse: true }, { text: '  1.2 KiB  2024-10-08', inverse: true }],
  [{ text: ' ●', color: 'cyan' }, { text: 'i-0abc  ', color: 'green', inverse: false }, { text: 'running', color: 'green' }, { text: '  t3.micro' }],
  [{ text: '▸ ', color: 'cyan' }, { text: '報告/データ/対象ファイル.json', color: 'red', bold: true, inverse: true }, { text: ' 😀 e\u0301', inverse: true }],
  [{ text: '  ', color: 'cyan' }, { text: 'evil\u001b]0;owned\u0007\u001b[2Jname\u009b31m', inverse: true }, { text: 'tail', color: '#ff8800' }],
  [{ text: '▸ ', color: 'cyan' }, { text: 'x'.repeat(100), color: 'gray', inverse: true }],
  [{ text: 'a', color: 'ansi256(208)' }, { text: 'b', color: 'rgb(10, 20, 30)', bold: true }, { text: 'c', color: 'nonsense' }, { text: 'd', color: '#0af' }],
];

test("<Line> styles with Ink's own chalk (one copy in node_modules)", () => {
  const fromInk = createRequire(createRequire(import.meta.url).resolve('ink')).resolve('chalk');
  assert.equal(fromInk, createRequire(import.meta.url).resolve('chalk'));
});

test('a <Line> draws exactly what its runs as nested <Text>s draw (styles, wide text, marks, truncation, hostile text)', () => {
  for (const [i, runs] of lines.entries()) {
    const expected = frame(nested(runs));
    assert.ok(expected.includes('\u001b['), `line ${i} is drawn in colour`);
    assert.equal(frame(<Line wrap="truncate" runs={runs} />), expected, `line ${i}`);
  }
  const hostile = frame(<Line runs={lines[3]} />);
  assert.doesNotMatch(hostile, /\u001b\]|\u001b\[2J|\u0007|\u009b/, 'what a run holds from outside reaches the terminal sanitised');
});
