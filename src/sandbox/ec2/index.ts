// The EC2 service module: the Query protocol (form-encoded POST, Action=…, XML answers in API version
// 2016-11-15) for what awsnav uses. Each account has its own instances per region, made from the demo
// data when a region is first asked; state changes take `ec2TransitionMs` (SandboxOptions).
import { AwsError } from '../errors.js';
import { queryAction } from '../http.js';
import type { Reply, RequestContext, ServiceModule } from '../service.js';
import type { SandboxOptions } from '../types.js';
import { el } from '../xml.js';
import { describeInstances } from './describe.js';
import { changeState, createTags, runInstances, type RegionWorld } from './changes.js';
import { IMAGES, REGIONS, demoInstances } from './demo.js';
import { settle, type SandboxInstance } from './model.js';
import { bool, list } from './params.js';
import { errorXml, imageXml, reservationsXml, response, set, stateXml } from './render.js';

export { IMAGES as EC2_DEMO_IMAGES, INSTANCE_TYPES as EC2_INSTANCE_TYPES, REGIONS as EC2_REGIONS } from './demo.js';

/** A few seconds: long enough to watch a waiter poll, short enough not to bore. */
export const DEFAULT_TRANSITION_MS = 4000;

export function createEc2Service(opts: SandboxOptions = {}): ServiceModule {
  const transitionMs = Math.max(0, opts.ec2TransitionMs ?? DEFAULT_TRANSITION_MS);
  const worlds = new Map<string, SandboxInstance[]>();
  const now = () => Date.now();

  function world(ctx: RequestContext): RegionWorld {
    const key = `${ctx.account.name}/${ctx.region}`;
    let instances = worlds.get(key);
    if (!instances) {
      instances = REGIONS.includes(ctx.region) ? demoInstances(ctx.account.name, ctx.region, now(), transitionMs) : [];
      worlds.set(key, instances);
    }
    for (const i of instances) settle(i, now());
    return { instances, region: ctx.region, ownerId: ctx.account.accountId, transitionMs, now };
  }

  return {
    async handle(ctx) {
      const { form, action } = await queryAction(ctx);
      const ok = (body: string): Reply => ({ status: 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: response(action, ctx.requestId, body) });
      switch (action) {
        case 'DescribeRegions':
          return ok(set('regionInfo', regionsFor(form).map((r) => el('regionName', r) + el('regionEndpoint', `ec2.${r}.amazonaws.com`) + el('optInStatus', 'opt-in-not-required'))));
        case 'DescribeAvailabilityZones':
          return ok(
            set(
              'availabilityZoneInfo',
              ['a', 'b', 'c'].map((z) => el('zoneName', ctx.region + z) + el('zoneState', 'available') + el('regionName', ctx.region) + el('zoneId', `${ctx.region.replace(/-/g, '').slice(0, 5)}-az${'abc'.indexOf(z) + 1}`) + el('zoneType', 'availability-zone')),
            ),
          );
        case 'DescribeImages': {
          const ids = list(form, 'ImageId');
          const missing = ids.find((id) => !IMAGES.some((i) => i.imageId === id));
          if (missing) throw new AwsError(400, 'InvalidAMIID.NotFound', `The image id '[${missing}]' does not exist`);
          const images = IMAGES.filter((i) => !ids.length || ids.includes(i.imageId));
          return ok(set('imagesSet', images.map((i) => imageXml(i, '137112412989'))));
        }
        case 'DescribeInstances': {
          const w = world(ctx);
          const page = describeInstances(w.instances, form);
          return ok(reservationsXml(page.instances, w.ownerId, w.region) + el('nextToken', page.nextToken));
        }
        case 'DescribeInstanceStatus': {
          const w = world(ctx);
          const ids = list(form, 'InstanceId');
          const all = bool(form, 'IncludeAllInstances');
          const picked = w.instances.filter((i) => (!ids.length || ids.includes(i.instanceId)) && (all || i.state === 'running'));
          const check = (s: string) => `${el('status', s)}<details><item>${el('name', 'reachability')}${el('status', s === 'ok' ? 'passed' : s)}</item></details>`;
          return ok(
            set(
              'instanceStatusSet',
              picked.map((i) => {
                const s = i.state === 'running' ? 'ok' : 'not-applicable';
                return el('instanceId', i.instanceId) + el('availabilityZone', i.az) + stateXml('instanceState', i.state) + `<systemStatus>${check(s)}</systemStatus><instanceStatus>${check(s)}</instanceStatus>`;
              }),
            ),
          );
        }
        case 'StartInstances':
        case 'StopInstances':
        case 'RebootInstances':
        case 'TerminateInstances':
          return ok(changeState(action, world(ctx), form));
        case 'RunInstances':
          return ok(runInstances(world(ctx), form));
        case 'CreateTags':
          return ok(createTags(world(ctx), form));
        default:
          throw new AwsError(400, 'InvalidAction', `The action ${action} is not valid for this web service.`);
      }
    },
    errorReply: (err, { requestId }) => ({
      status: err.status,
      headers: { 'content-type': 'text/xml;charset=UTF-8', ...err.headers },
      body: errorXml(err.code, err.message, requestId),
    }),
    unknownAccessKey: () => new AwsError(401, 'AuthFailure', 'AWS was not able to validate the provided access credentials'),
  };
}

function regionsFor(form: URLSearchParams): string[] {
  const names = list(form, 'RegionName');
  return names.length ? REGIONS.filter((r) => names.includes(r)) : REGIONS;
}
