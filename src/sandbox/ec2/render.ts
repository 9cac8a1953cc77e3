// EC2's Query-protocol XML (API version 2016-11-15), written by hand for what awsnav reads. Lists are
// `<xxxSet><item>…</item></xxxSet>`, exactly as EC2 sends them, so the SDK's own parser reads them.
import { XML_DECL, el, xmlText } from '../xml.js';
import { STATE_CODES, type InstanceStateName, type SandboxImage, type SandboxInstance } from './model.js';

export const NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

export function response(action: string, requestId: string, body: string): string {
  return `${XML_DECL}<${action}Response xmlns="${NS}">${el('requestId', requestId)}${body}</${action}Response>`;
}

export const set = (name: string, items: string[]) => (items.length ? `<${name}>${items.map((i) => `<item>${i}</item>`).join('')}</${name}>` : `<${name}/>`);

export const stateXml = (name: string, s: InstanceStateName) => `<${name}>${el('code', STATE_CODES[s])}${el('name', s)}</${name}>`;

function tagsXml(tags: Map<string, string>): string {
  return set('tagSet', [...tags].map(([k, v]) => el('key', k) + el('value', v)));
}

export function instanceXml(i: SandboxInstance, region: string): string {
  const dns = `ip-${i.privateIp.replace(/\./g, '-')}.${region === 'us-east-1' ? 'ec2.internal' : `${region}.compute.internal`}`;
  const gone = i.state === 'terminated';
  return (
    el('instanceId', i.instanceId) +
    el('imageId', i.imageId) +
    stateXml('instanceState', i.state) +
    el('privateDnsName', gone ? '' : dns) +
    el('dnsName', i.publicIp ? `ec2-${i.publicIp.replace(/\./g, '-')}.compute-1.amazonaws.com` : '') +
    el('reason', i.reason?.message ?? '') +
    el('amiLaunchIndex', 0) +
    '<productCodes/>' +
    el('instanceType', i.instanceType) +
    el('launchTime', i.launchTime.toISOString()) +
    `<placement>${el('availabilityZone', i.az)}<groupName/>${el('tenancy', 'default')}</placement>` +
    `<monitoring>${el('state', 'disabled')}</monitoring>` +
    (gone ? '' : el('subnetId', `subnet-0${i.az.replace(/\W/g, '').slice(-6)}`) + el('vpcId', 'vpc-0sandbox0000001')) +
    (gone ? '' : el('privateIpAddress', i.privateIp)) +
    el('ipAddress', i.publicIp) +
    el('architecture', 'x86_64') +
    el('rootDeviceType', 'ebs') +
    el('rootDeviceName', '/dev/xvda') +
    el('virtualizationType', 'hvm') +
    (i.reason ? `<stateReason>${el('code', i.reason.code)}${el('message', i.reason.message)}</stateReason>` : '') +
    tagsXml(i.tags) +
    el('hypervisor', 'xen') +
    el('ebsOptimized', false)
  );
}

/** Instances grouped back into their reservations, in order (a page may hold part of one). */
export function reservationsXml(instances: SandboxInstance[], ownerId: string, region: string): string {
  const groups: SandboxInstance[][] = [];
  for (const i of instances) {
    const last = groups[groups.length - 1];
    if (last && last[0].reservationId === i.reservationId) last.push(i);
    else groups.push([i]);
  }
  return set('reservationSet', groups.map((g) => reservationXml(g, ownerId, region)));
}

/** One reservation's fields (RunInstances answers with these at the top level). */
export function reservationXml(instances: SandboxInstance[], ownerId: string, region: string): string {
  return el('reservationId', instances[0].reservationId) + el('ownerId', ownerId) + '<groupSet/>' + set('instancesSet', instances.map((i) => instanceXml(i, region)));
}

export function imageXml(img: SandboxImage, ownerId: string): string {
  return (
    el('imageId', img.imageId) +
    el('imageLocation', `amazon/${img.name}`) +
    el('imageState', 'available') +
    el('imageOwnerId', ownerId) +
    el('creationDate', '2024-01-15T00:00:00.000Z') +
    el('isPublic', true) +
    el('architecture', 'x86_64') +
    el('imageType', 'machine') +
    el('name', img.name) +
    el('description', img.description) +
    el('platformDetails', img.platform) +
    el('rootDeviceType', 'ebs') +
    el('virtualizationType', 'hvm')
  );
}

export function errorXml(code: string, message: string, requestId: string): string {
  return `${XML_DECL}<Response><Errors><Error><Code>${xmlText(code)}</Code><Message>${xmlText(message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`;
}
