// Driving the browser's listing from a measurement. G reads a listing to its true end in one press
// (the Pager's window follows the end), so "page through N keys" is the first N keys of the million
// prefix, as a listing of their own (firstKeys), walked with one G. Kept apart from the measurement
// entries: an entry imported by another would land in a shared chunk of the bundle.
import { commandKeys } from '../src/keys/keymap';
import type { Page, TreeNode } from '../src/data/tree';
import type { Term } from './inkTerm';

export const loadedOf = (f: string) => Number(/([\d,]+) loaded/.exec(f)?.[1].replace(/,/g, '') ?? 0);

/** The same listing, ending after its first `keys` rows (pages as the service sends them). */
export function firstKeys(leaf: TreeNode, keys: number): TreeNode {
  const children = leaf.type.children!;
  return {
    ...leaf,
    type: {
      ...leaf.type,
      children: (n, ctx, opts) =>
        (async function* () {
          let seen = 0;
          for await (const page of children(n, ctx, opts)) {
            const items = page.items.slice(0, keys - seen);
            seen += items.length;
            const last = seen >= keys || !page.next;
            yield { ...page, items, next: last ? undefined : page.next } satisfies Page<TreeNode>;
            if (last) return;
          }
        })(),
    },
  };
}

/** Presses G once and waits for the walk to reach the end of the listing: `rows` loaded, all of them. */
export async function walkToEnd(term: Term, rows: number, timeoutMs = 600_000): Promise<void> {
  await term.see((f) => loadedOf(f) >= 1 && !f.includes('loading…'), 'the first page');
  const done = term.see((f) => loadedOf(f) >= rows && f.includes('all loaded'), `all ${rows} rows`, timeoutMs);
  term.write(commandKeys('cursor.last', 'browse'));
  await done;
}
