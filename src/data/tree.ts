// The tree is data: one node model serves every service, so a new service is a new data module with
// new NodeTypes, never new UI. Behaviour lives on the (shared) NodeType, the per-row TreeNode is a small
// plain object, so a listing of a million objects costs a million small records and nothing more.
import type { Session } from './session';
import type { Subscribable } from './observable';

export type NodeKind = 'root' | 'profile' | 'service' | 'region' | 'resource' | 'collection' | 'item';

/** One page of a listing. `cursor` fetches this very page again; `next` fetches the following one. */
export interface Page<T> {
  items: T[];
  cursor?: string;
  next?: string;
}

export interface ListOptions {
  signal: AbortSignal;
  /** Start from this page (a cursor a previous Page gave out); undefined = the first page. */
  cursor?: string;
  pageSize?: number;
}

/** What every node function receives: the session of the profile the node lives under. */
export interface Ctx {
  session?: Session;
}

export type Align = 'left' | 'right';

export interface Column {
  id: string;
  title: string;
  /** Preferred width in cells; the flexible column (width 0) takes what is left. */
  width: number;
  align?: Align;
  cell(node: TreeNode): string;
  /** Optional colour for the cell (a state that should stand out). */
  color?(node: TreeNode): string | undefined;
  /** Makes the column sortable: the value to order rows by (undefined sorts last). */
  sortValue?(node: TreeNode): string | number | undefined;
  /**
   * Which columns give way first on a narrow terminal: 0 is never dropped (the name, the id), higher
   * numbers go first. Defaults by id (src/ui/columns.ts).
   */
  priority?: number;
  /** How a long cell is cut: at the end, in the middle (keys: `2024/10/08/…-69c23d.log`), or never (ids). */
  cut?: 'end' | 'middle' | 'never';
  /** Shown only in some listings of the type (REGION in "all regions"); `list` is the listing's node. */
  when?(list: TreeNode): boolean;
}

export interface DetailField {
  label: string;
  value: string;
}

export interface NodeType<R = any> {
  /** e.g. 's3.bucket'; also the key of the help/detail section. */
  name: string;
  kind: NodeKind;
  /** Column layout of this node's children. */
  columns?: Column[];
  /** Lazily listed children, page by page. Absent = a leaf. */
  children?(node: TreeNode<R>, ctx: Ctx, opts: ListOptions): AsyncIterable<Page<TreeNode>>;
  /**
   * The whole listing, when it is already in memory (the profiles, a profile's services): the screen's
   * first frame shows it, with no loading frame before it (makeFrame seeds the Pager with it). Must be
   * the same rows `children` gives, since a refresh, `:pagesize` or a whole-collection scan may read
   * `children` again.
   */
  rowsNow?(node: TreeNode<R>, ctx: Ctx): TreeNode[];
  /** Fields known from the listing itself: shown at once, without a request. */
  describe?(node: TreeNode<R>): DetailField[];
  /** A request for the full record (HeadObject, DescribeInstances…): the raw API response. */
  details?(node: TreeNode<R>, ctx: Ctx, signal: AbortSignal): Promise<DetailResult>;
  /** What the breadcrumb shows for this node (defaults to the label). */
  crumb?(node: TreeNode<R>): string;
  // `actions` and `listActions` (what the node offers) are declared in nodeActions.ts.
  /** What an empty listing of this node's children says. */
  emptyText?: string;
  /** Live progress of a listing that does more than list (a content-type scan), shown under the table. */
  progress?(node: TreeNode<R>): ListProgress | undefined;
  /**
   * The same collection listed from elsewhere, server-side (S3: Prefix / StartAfter), without reading
   * what comes before: `:prefix PATH` and `:jump KEY`. Undefined when this listing cannot.
   */
  seek?(node: TreeNode<R>, to: { prefix?: string; from?: string }): TreeNode | undefined;
  /**
   * The listing with a server-side filter changed (EC2: `:state running`, `:tag Name=web`): the filtered
   * listing, a message when the value is not acceptable, or undefined when this listing has no such filter.
   */
  filter?(node: TreeNode<R>, name: string, value: string): TreeNode | string | undefined;
}

/** Its subscribe and version are those of data/observable.ts, so the UI follows it with useObservable. */
export interface ListProgress extends Subscribable {
  /** One line, e.g. "checked 3,000 of 12,000 listed · 41 match". */
  text(): string;
  readonly running: boolean;
  /** Stops the work; the rows found so far stay. */
  cancel(): void;
}

export interface DetailResult {
  fields: DetailField[];
  /** The API response as the service sent it, for the raw view. */
  raw: unknown;
}

export interface TreeNode<R = any> {
  type: NodeType<R>;
  /** Unique among its siblings, stable across refetches. */
  id: string;
  /** Raw text from AWS: sanitise before rendering. */
  label: string;
  record: R;
}

export const node = <R>(type: NodeType<R>, id: string, label: string, record: R): TreeNode<R> => ({
  type,
  id,
  label,
  record,
});

/** A listing that is known in full up front (services under a profile, say) as a single page. */
export async function* onePage<T>(items: T[]): AsyncIterable<Page<T>> {
  yield { items };
}

/** The listing's columns that it shows (a column's `when` may hide it here: REGION in one region). */
export function shownColumns(list: TreeNode): Column[] {
  return (list.type.columns ?? []).filter((c) => !c.when || c.when(list));
}
