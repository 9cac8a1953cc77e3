// RunInstances from a picked AMI and instance type, with a Name tag: the "launch" of the seed's
// favourite example. The AMI list is DescribeImages (own and Amazon's, newest first).
import type { EC2Client, Instance } from '@aws-sdk/client-ec2';
import type { InputSpec } from '../actions';
import { sanitize } from '../sanitize';
import { needSession } from '../context';

/** The names DescribeImages gave for the AMIs last offered, so the confirmation can say which image it is. */
const imageNames = new Map<string, string>();

export const INSTANCE_TYPES = ['t3.nano', 't3.micro', 't3.small', 't3.medium', 'm7i.large', 'c7i.xlarge', 'r7i.2xlarge'];

export const launchInputs: InputSpec[] = [
  {
    id: 'image',
    label: 'Image (AMI)',
    kind: 'choice',
    async choices(n, ctx, signal) {
      const { DescribeImagesCommand } = await import('@aws-sdk/client-ec2');
      const client = await needSession(ctx).ec2((n.record as { region: string }).region);
      // Amazon alone publishes tens of thousands of images: one page of the newest is enough to pick from.
      const out = await client.send(new DescribeImagesCommand({ Owners: ['self', 'amazon'], MaxResults: 200 }), { abortSignal: signal });
      for (const i of out.Images ?? []) if (i.ImageId && i.Name) imageNames.set(i.ImageId, i.Name);
      return (out.Images ?? [])
        .sort((a, b) => (b.CreationDate ?? '').localeCompare(a.CreationDate ?? ''))
        .map((i) => ({ value: i.ImageId!, label: sanitize(`${i.ImageId}  ${i.Name ?? ''}  ${i.Description ?? ''}`) }));
    },
  },
  {
    id: 'type',
    label: 'Instance type',
    kind: 'choice',
    choices: async () => INSTANCE_TYPES.map((t) => ({ value: t, label: t })),
  },
  {
    id: 'name',
    label: 'Name (the Name tag)',
    kind: 'text',
    initial: () => '',
    validate: (v) => (v.trim() ? (v.length > 256 ? 'A tag value is at most 256 characters.' : undefined) : 'Give it a name.'),
  },
];

export async function launchInstance(client: EC2Client, input: Record<string, string>, signal: AbortSignal): Promise<Instance[]> {
  const { RunInstancesCommand } = await import('@aws-sdk/client-ec2');
  const out = await client.send(
    new RunInstancesCommand({
      ImageId: input.image,
      InstanceType: input.type as never,
      MinCount: 1,
      MaxCount: 1,
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: input.name.trim() }] }],
    }),
    { abortSignal: signal },
  );
  return out.Instances ?? [];
}

/**
 * The launch's confirmation, the whole action: AMI (and its name when it was offered), instance type,
 * Name tag and region. Values are outside text (an AMI's name, what was typed): sanitised.
 */
export function launchQuestion(region: string, input: Record<string, string> | undefined): string {
  if (!input?.image) return `Launch an instance in ${sanitize(region)}? A waiter then watches it until running.`;
  const name = imageNames.get(input.image);
  const image = `${input.image}${name ? ` (${name})` : ''}`;
  return sanitize(
    `Launch an instance in ${region}: AMI ${image}, type ${input.type}, Name ${JSON.stringify(input.name?.trim() ?? '')}? A waiter then watches it until running.`,
  );
}
