// "Wait until this object exists" (boto3's Object.wait_until_exists) on a bucket or prefix listing: the
// person types the key, a waiter run polls HeadObject, and when the object arrives awsnav offers to
// jump to it (the listing from that key on, server-side).
import type { ActionEnv, ActionSpec } from '../actions';
import type { TreeNode } from '../tree';
import { sanitize } from '../sanitize';
import { startWaiterJob } from '../waiters/job';
import { OBJECT_WAITER_DEFAULTS, objectExistsWaiter } from '../waiters/object';
import { configFrom, waiterInputs } from '../waiters/inputs';
import { bucketClient } from './bucketClient';
import { seeJobs } from '../jobHints';

/** The bucket and prefix of the listing in view (a bucket is its own empty prefix). */
function placeOf(n: TreeNode): { bucket: string; prefix: string } {
  if (n.type.name === 's3.bucket') return { bucket: (n.record as { name: string }).name, prefix: '' };
  const r = n.record as { bucket: string; prefix: string };
  return { bucket: r.bucket, prefix: r.prefix };
}

/** The folder listing the key sits in, from the key on: the object is the first row. */
function listingAt(from: TreeNode, key: string): TreeNode | undefined {
  const folder = from.type.seek?.(from, { prefix: key.slice(0, key.lastIndexOf('/') + 1) });
  return folder?.type.seek?.(folder, { from: key }) ?? folder;
}

export const waitForObjectAction: ActionSpec = {
  command: 'action.wait',
  label: 'Wait for an object',
  mutates: false,
  confirm: 'none',
  inputs: [
    {
      id: 'key',
      label: 'Wait until this key exists (the full key)',
      kind: 'text',
      initial: (n) => placeOf(n).prefix,
      validate: (v) => (v && !v.endsWith('/') ? undefined : 'Give the key of an object (not a folder).'),
    },
    ...waiterInputs(OBJECT_WAITER_DEFAULTS),
  ],
  async run(env: ActionEnv) {
    const { bucket } = placeOf(env.node);
    const key = env.input.key;
    const client = await bucketClient(env.ctx, bucket, env.signal);
    const from = env.node;
    startWaiterJob(env.jobs, {
      title: `s3://${bucket}/${key} exists`,
      definition: objectExistsWaiter(client, bucket, key),
      config: configFrom(env.input, OBJECT_WAITER_DEFAULTS),
      onEnd: (result) => {
        if (result.state !== 'success') return;
        const target = listingAt(from, key);
        if (target && env.open) env.offer?.(`s3://${sanitize(bucket)}/${sanitize(key)} has arrived. Jump to it?`, () => env.open!(target));
        return `arrived: s3://${bucket}/${key}`;
      },
    });
    env.notify(`Waiting for s3://${sanitize(bucket)}/${sanitize(key)} ${seeJobs()}.`);
  },
};
