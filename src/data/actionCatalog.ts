// Every action awsnav has, gathered from the node types that carry them: the one place that answers
// "does this command change AWS?". The keymap's help marks, read-only's removal, the audit trail
// (AuditEvent.mutates, copied from the spec) and the monkey test's checker all read ActionSpec.mutates
// through here, so a new mutating action is marked everywhere by saying so once, on the action.
import type { ActionSpec } from './actions';
import type { NodeType } from './tree';
import { s3Bucket, s3Object, s3Prefix, s3Service } from './s3/nodes';
import { s3Version, s3Versions } from './s3/versionNodes';
import { ec2Instance, ec2Instances, ec2Service } from './ec2/nodes';
import { profileNode } from './root';

// Every node type with actions. A type added later with actions must be named here: the keymap test
// checks that every action command bound in the keymap is found in the catalog.
const types: NodeType<never>[] = [s3Service, s3Bucket, s3Prefix, s3Object, s3Versions, s3Version, ec2Service, ec2Instances, ec2Instance, profileNode] as NodeType<never>[];

let all: ActionSpec[] | undefined;

/** Each action spec once (row actions and listing actions of every type). */
export function allActions(): ActionSpec[] {
  all ??= [...new Set(types.flatMap((t) => [...(t.actions ?? []), ...(t.listActions ?? [])]))];
  return all;
}

/**
 * Whether a command changes AWS. One command can be several specs (Ctrl-D deletes an object, a
 * prefix's keys or a version): it mutates when any of them does.
 */
export function commandMutates(command: string): boolean {
  return allActions().some((a) => a.command === command && a.mutates);
}

/** The commands that change AWS, sorted. */
export function mutatingCommands(): string[] {
  return [...new Set(allActions().filter((a) => a.mutates).map((a) => a.command))].sort();
}
