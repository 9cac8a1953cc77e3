// Keeping instance rows on screen current: a waiter's poll sees the instance, and its row is replaced
// in place wherever it is loaded (Pager.update via ActionEnv.update). No import of the node types, so
// the actions can use it without an import cycle: the row keeps its own type.
import type { Instance } from '@aws-sdk/client-ec2';
import { node, type TreeNode } from '../tree';
import { nameOf, type InstanceRecord } from './instances';

/** What `/` matches and the detail pane is titled with: the id and the Name tag. */
export function instanceLabel(instance: Instance): string {
  const name = nameOf(instance);
  return name ? `${instance.InstanceId} ${name}` : (instance.InstanceId ?? '');
}

/**
 * The row of this instance with what a poll saw, for Pager.update. An unchanged instance keeps its row
 * object, so nothing re-renders (or fetches its details again) for a poll that saw nothing new.
 */
export function instanceRowPatch(region: string, instance: Instance): (n: TreeNode) => TreeNode | undefined {
  const seen = JSON.stringify(instance);
  return (n) => {
    if (n.type.name !== 'ec2.instance') return undefined;
    const r = n.record as InstanceRecord;
    if (r.instance.InstanceId !== instance.InstanceId || r.region !== region || JSON.stringify(r.instance) === seen) return undefined;
    return node(n.type, n.id, instanceLabel(instance), { region, instance });
  };
}

/** The row with only the state changed (the answer of StartInstances & co. names the new state). */
export function withState(r: InstanceRecord, state: string | undefined): Instance {
  return { ...r.instance, State: { ...r.instance.State, Name: state as NonNullable<Instance['State']>['Name'] } };
}
