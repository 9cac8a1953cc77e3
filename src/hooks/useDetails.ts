// Fetches the selected node's full record (HeadObject, …) after the cursor rests on it briefly, so
// holding j does not fire a request per row; moving on aborts the request in flight (and only that:
// a move before the request was sent just clears the timer).
//
// A move costs one frame, and a record that arrives one more: the state remembers which node it is
// about, so the frame of the move already shows the new node as loading (no frame with the last
// node's record, no extra render to say "loading"). The record's fields keep the lines the listing's
// own fields (describe) had, so its arrival rewrites only the lines that gained a value.
import { useEffect, useState } from 'react';
import type { Ctx, DetailField, DetailResult, TreeNode } from '../data/tree';

export type DetailsState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ok'; result: DetailResult }
  | { status: 'error'; error: unknown };

const SETTLE_MS = 120;

interface Held {
  node?: TreeNode;
  ctx?: Ctx;
  details: DetailsState;
}

const NONE: DetailsState = { status: 'none' };
const LOADING: DetailsState = { status: 'loading' };

export function useDetails(node: TreeNode | undefined, ctx: Ctx): DetailsState {
  const [held, setHeld] = useState<Held>({ details: NONE });
  useEffect(() => {
    const fetchDetails = node?.type.details;
    if (!node || !fetchDetails) return;
    // The controller is made when the request is sent, not on every move: aborting one builds a
    // DOMException with a stack (~0.27 ms a key while j is held), for a request that was never sent.
    let controller: AbortController | undefined;
    const timer = setTimeout(() => {
      const { signal } = (controller = new AbortController());
      fetchDetails(node, ctx, signal).then(
        (result) => {
          if (signal.aborted) return;
          const fields = inPlaceOf(node.type.describe?.(node) ?? [], result.fields);
          setHeld({ node, ctx, details: { status: 'ok', result: { ...result, fields } } });
        },
        (error) => !signal.aborted && setHeld({ node, ctx, details: { status: 'error', error } }),
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      // Only a request that was sent is aborted: the cursor left its row, so it is never shown.
      controller?.abort();
    };
  }, [node, ctx]);
  if (!node?.type.details) return NONE;
  return held.node === node && held.ctx === ctx ? held.details : LOADING;
}

/**
 * The record's fields on the lines the listing's fields were drawn on: each listing field takes the
 * record's value of the same label (or keeps its own), and the record's other fields follow in its
 * order. Nothing the pane already showed moves down a line when the record arrives.
 */
export function inPlaceOf(shown: DetailField[], record: DetailField[]): DetailField[] {
  if (shown.length === 0) return record;
  const byLabel = new Map(record.map((f) => [f.label, f]));
  const labels = new Set(shown.map((f) => f.label));
  return [...shown.map((f) => byLabel.get(f.label) ?? f), ...record.filter((f) => !labels.has(f.label))];
}
