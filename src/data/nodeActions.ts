// The actions a node type offers, added to NodeType here rather than in tree.ts: everything imports
// the tree, and the actions import half the data layer (jobs, audit, code), so naming ActionSpec in
// tree.ts put the two in an import circle. Declared as an augmentation of tree.ts's NodeType, the
// fields are the same for every reader; only the import points one way (actions → tree).
import type { ActionSpec } from './actions';

declare module './tree' {
  interface NodeType<R> {
    /** Actions on this node when it is the selected row (delete this object, stop this instance). */
    actions?: ActionSpec[];
    /** Actions on this node's listing when it is the screen in view (launch here, delete by prefix). */
    listActions?: ActionSpec[];
  }
}
