// The one way text reaches the terminal. Ink keeps OSC sequences (window title, hyperlinks) and C1
// controls in what it writes, so a key, tag, error message, config line, path or anything typed that
// carries them would drive the person's terminal. Views draw every string through this `Text`, never
// Ink's (test/unit/noRawText.test.ts fails otherwise), and it sanitises every string it holds: nobody
// has to remember which values came from outside. Our own literals pass through it unchanged.
//
// It holds strings, numbers and other <Text>s only. A component that returned a bare string inside
// it would reach Ink unsanitised, so anything else throws: the first test that draws it says where.
import React, { Children, Fragment, createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Text as InkText, useIsScreenReaderEnabled, type TextProps } from 'ink';
import chalk, { foregroundColorNames, type ForegroundColorName } from 'chalk';
import { sanitize } from '../data/sanitize';

export type { TextProps };

export function Text({ children, 'aria-label': label, ...style }: TextProps) {
  const props = label === undefined ? style : { ...style, 'aria-label': sanitize(label) };
  return createElement(InkText, props, ...clean(children));
}

function clean(children: ReactNode): ReactNode[] {
  // toArray drops null/undefined/booleans and keys what it returns, so no child needs a key of its own.
  return Children.toArray(children).map((child) => {
    if (typeof child === 'string') return sanitize(child);
    if (typeof child === 'number' || typeof child === 'bigint') return String(child);
    if (isValidElement(child) && child.type === Text) return child;
    if (isValidElement(child) && child.type === Fragment) {
      const el = child as ReactElement<{ children?: ReactNode }>;
      return createElement(Fragment, { key: el.key }, ...clean(el.props.children));
    }
    throw new TypeError(`<Text> holds strings and <Text>s only, not ${describe(child)}: draw outside text through src/ui/Safe.tsx`);
  });
}

function describe(child: unknown): string {
  if (!isValidElement(child)) return typeof child;
  const type = child.type as string | { displayName?: string; name?: string };
  return `<${typeof type === 'string' ? type : (type.displayName ?? type.name ?? 'component')}>`;
}

/** A run of a <Line>: its text and its style. */
export interface Run {
  text: string;
  color?: string;
  bold?: boolean;
  inverse?: boolean;
}

// A line in several styles as one string in one Ink <Text>: what a table row is. Nested <Text>s cost
// React and Ink nodes of their own (a row was ~18 fibers, and 40 new rows are the frame after an
// opened prefix's page arrives, bench figure 2). Each run is sanitised, then styled as Ink's <Text>
// styles its text (colour, then bold, then inverse, with Ink's chalk — one copy in node_modules,
// test/component/line.test.tsx checks — and no styles for a screen reader, as Ink draws none there):
// Ink takes the string apart into styled cells either way, so the terminal gets the very bytes the
// nested <Text>s gave.
export function Line({ runs, wrap }: { runs: (string | Run)[]; wrap?: TextProps['wrap'] }) {
  const plain = useIsScreenReaderEnabled();
  let line = '';
  for (const run of runs) line += typeof run === 'string' ? sanitize(run) : plain ? sanitize(run.text) : styled(run);
  return createElement(InkText, { wrap }, line);
}

function styled({ text, color, bold, inverse }: Run): string {
  let out = colorize(sanitize(text), color);
  if (bold) out = chalk.bold(out);
  if (inverse) out = chalk.inverse(out);
  return out;
}

// Ink's colours (its colorize.js, which it does not export): chalk's names, #rrggbb, ansi256(n) and
// rgb(r, g, b); anything else is drawn unstyled, as Ink draws it.
function colorize(text: string, color: string | undefined): string {
  if (!color) return text;
  if ((foregroundColorNames as readonly string[]).includes(color)) return chalk[color as ForegroundColorName](text);
  if (color.startsWith('#')) return chalk.hex(color)(text);
  const ansi = /^ansi256\(\s?(\d+)\s?\)$/.exec(color);
  if (ansi) return chalk.ansi256(Number(ansi[1]))(text);
  const rgb = /^rgb\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*\)$/.exec(color);
  if (rgb) return chalk.rgb(Number(rgb[1]), Number(rgb[2]), Number(rgb[3]))(text);
  return text;
}
