// Server-side instance filters (DescribeInstances Filters): by state and by tag, set with `:state
// running` and `:tag Name=web` on an instance listing. Plain data, kept in the listing's node.
import type { Filter } from '@aws-sdk/client-ec2';

export interface InstanceFilter {
  /** instance-state-name values, e.g. ['running'] */
  states?: string[];
  /** tag:KEY=VALUE (value undefined: tag-key, any value). */
  tags?: { key: string; value?: string }[];
}

export const STATES = ['pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped'];

export function toFilters(f: InstanceFilter | undefined): Filter[] | undefined {
  if (!f) return undefined;
  const out: Filter[] = [];
  if (f.states?.length) out.push({ Name: 'instance-state-name', Values: f.states });
  for (const t of f.tags ?? []) out.push(t.value === undefined ? { Name: 'tag-key', Values: [t.key] } : { Name: `tag:${t.key}`, Values: [t.value] });
  return out.length ? out : undefined;
}

/** "state=running tag:Name=web", for the breadcrumb. */
export function filterText(f: InstanceFilter | undefined): string {
  if (!f) return '';
  return [
    ...(f.states?.length ? [`state=${f.states.join(',')}`] : []),
    ...(f.tags ?? []).map((t) => (t.value === undefined ? `tag:${t.key}` : `tag:${t.key}=${t.value}`)),
  ].join(' ');
}

/**
 * The filter with one change applied: `state` (running, or "running,stopped"; empty clears it) or
 * `tag` (KEY=VALUE, KEY alone for any value; empty clears the tags). An error message when invalid.
 */
export function withFilter(f: InstanceFilter | undefined, name: 'state' | 'tag', arg: string): InstanceFilter | string {
  const base: InstanceFilter = { states: f?.states, tags: f?.tags };
  const text = arg.trim();
  if (name === 'state') {
    if (!text) return { ...base, states: undefined };
    const states = text.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = states.find((s) => !STATES.includes(s));
    if (bad) return `"${bad}" is not an instance state: ${STATES.join(', ')}.`;
    return { ...base, states };
  }
  if (!text) return { ...base, tags: undefined };
  const eq = text.indexOf('=');
  // EC2 matches tag values exactly, with * and ? as wildcards: `:tag Name=web` finding nothing beside
  // web-1 and web-2 surprised everyone, so a value without a wildcard matches as a prefix (web*), and
  // `=` twice (`Name==web`) asks for the exact value.
  const exact = text.slice(eq + 1).startsWith('=');
  const raw = eq < 0 ? undefined : text.slice(eq + (exact ? 2 : 1));
  const value = raw === undefined || exact || /[*?]/.test(raw) ? raw : `${raw}*`;
  const tag = eq < 0 ? { key: text } : { key: text.slice(0, eq), value };
  if (!tag.key) return 'Give a tag as KEY=VALUE (or KEY for any value), e.g. :tag Name=web.';
  return { ...base, tags: [...(base.tags ?? []).filter((t) => t.key !== tag.key), tag] };
}
