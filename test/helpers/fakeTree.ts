// A small in-memory tree for component tests of the generic browser (unit tests may fake a client;
// the sandbox-backed tests cover the real data layer).
import { node, type ListOptions, type NodeType, type Page, type TreeNode } from '../../src/data/tree';

export interface FakeLog {
  requests: { parent: string; cursor?: string }[];
  aborted: number;
}

export function fakeTree(opts: { items?: number; pageSize?: number; labels?: string[]; delayMs?: number } = {}) {
  const log: FakeLog = { requests: [], aborted: 0 };
  const total = opts.items ?? 250;
  const size = opts.pageSize ?? 100;
  const leaf: NodeType<{ i: number }> = {
    name: 'fake.item',
    kind: 'item',
    describe: (n) => [{ label: 'Index', value: String(n.record.i) }],
  };
  const paged: NodeType<null> = {
    name: 'fake.collection',
    kind: 'collection',
    columns: [
      { id: 'name', title: 'NAME', width: 0, cell: (n) => n.label },
      { id: 'i', title: 'N', width: 6, align: 'right', cell: (n) => String((n.record as { i: number }).i) },
    ],
    async *children(n, _ctx, o: ListOptions): AsyncIterable<Page<TreeNode>> {
      let start = o.cursor ? Number(o.cursor) : 0;
      while (start < total) {
        log.requests.push({ parent: n.id, cursor: o.cursor });
        if (opts.delayMs) {
          await new Promise<void>((resolve, reject) => {
            const t = setTimeout(resolve, opts.delayMs);
            o.signal.addEventListener('abort', () => {
              clearTimeout(t);
              log.aborted++;
              reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
            });
          });
        }
        const items = [];
        for (let i = start; i < Math.min(total, start + size); i++) {
          const label = opts.labels?.[i % opts.labels.length] ?? `item-${String(i).padStart(5, '0')}`;
          items.push(node(leaf, String(i), label, { i }));
        }
        yield { items, cursor: start ? String(start) : undefined, next: start + size < total ? String(start + size) : undefined };
        start += size;
      }
    },
  };
  const group: NodeType<null> = {
    name: 'fake.group',
    kind: 'service',
    async *children() {
      yield { items: [node(paged, 'big', 'big-collection', null), node(paged, 'other', 'other-collection', null)] };
    },
  };
  const rootType: NodeType<null> = {
    name: 'root',
    kind: 'root',
    async *children() {
      yield { items: [node(group, 'alpha', 'alpha', null), node(group, 'beta', 'beta', null)] };
    },
  };
  return { root: node(rootType, 'root', 'profiles', null), log };
}
