// The one way text reaches the terminal. Ink keeps OSC sequences (window title, hyperlinks) and C1
// controls in what it writes, so a key, tag, error message, config line, path or anything typed that
// carries them would drive the person's terminal. Views draw every string through this `Text`, never
// Ink's (test/unit/noRawText.test.ts fails otherwise), and it sanitises every string it holds: nobody
// has to remember which values came from outside. Our own literals pass through it unchanged.
//
// It holds strings, numbers and other <Text>s only. A component that returned a bare string inside
// it would reach Ink unsanitised, so anything else throws: the first test that draws it says where.
import React, { Children, Fragment, createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Text as InkText, type TextProps } from 'ink';
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
// styles its text (colour, then bold, then inverse, with Ink's chalk): Ink takes the string apart
// into styled cells either way, so the terminal gets the very bytes the nested <Text>s gave.
export function Line({ runs, wrap }: { runs: (string | Run)[]; wrap?: TextProps['wrap'] }) {
  let line = '';
  for (const run of runs) line += typeof run === 'string' ? sanitize(run) : styled(run);
  return createElement(InkText, { wrap }, line);
}

function styled({ text, color, bold, inverse }: Run): string {
  let out = sanitize(text);
  // Ink's colours as awsnav names them: chalk's names and #rrggbb (any other is drawn unstyled, as Ink does).
  if (color !== undefined && (foregroundColorNames as readonly string[]).includes(color)) out = chalk[color as ForegroundColorName](out);
  else if (color?.startsWith('#')) out = chalk.hex(color)(out);
  if (bold) out = chalk.bold(out);
  if (inverse) out = chalk.inverse(out);
  return out;
}
