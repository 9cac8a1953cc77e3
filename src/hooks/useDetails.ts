// Fetches the selected node's full record (HeadObject, …) after the cursor rests on it briefly, so
// holding j does not fire a request per row; moving on aborts the request in flight.
import { useEffect, useState } from 'react';
import type { Ctx, DetailResult, TreeNode } from '../data/tree';

export type DetailsState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ok'; result: DetailResult }
  | { status: 'error'; error: unknown };

const SETTLE_MS = 120;

export function useDetails(node: TreeNode | undefined, ctx: Ctx): DetailsState {
  const [state, setState] = useState<DetailsState>({ status: 'none' });
  useEffect(() => {
    const fetchDetails = node?.type.details;
    if (!node || !fetchDetails) {
      setState({ status: 'none' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    const timer = setTimeout(() => {
      fetchDetails(node, ctx, controller.signal).then(
        (result) => !controller.signal.aborted && setState({ status: 'ok', result }),
        (error) => !controller.signal.aborted && setState({ status: 'error', error }),
      );
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [node, ctx]);
  return state;
}
