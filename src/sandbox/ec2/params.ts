// The Query protocol flattens lists: InstanceId.1, InstanceId.2…; Filter.1.Name, Filter.1.Value.1…
import { AwsError } from '../errors.js';

/** Values of `Name.1`, `Name.2`, … in order, stopping at the first gap. */
export function list(form: URLSearchParams, name: string): string[] {
  const out: string[] = [];
  for (let n = 1; form.has(`${name}.${n}`); n++) out.push(form.get(`${name}.${n}`)!);
  return out;
}

export interface Filter {
  name: string;
  values: string[];
}

export function filters(form: URLSearchParams): Filter[] {
  const out: Filter[] = [];
  for (let n = 1; form.has(`Filter.${n}.Name`); n++) out.push({ name: form.get(`Filter.${n}.Name`)!, values: list(form, `Filter.${n}.Value`) });
  return out;
}

/** Key/Value pairs under a prefix: Tag.1.Key / Tag.1.Value, or TagSpecification.1.Tag.1.Key… */
export function tags(form: URLSearchParams, prefix: string): [string, string][] {
  const out: [string, string][] = [];
  for (let n = 1; form.has(`${prefix}.${n}.Key`); n++) out.push([form.get(`${prefix}.${n}.Key`)!, form.get(`${prefix}.${n}.Value`) ?? '']);
  return out;
}

export function int(form: URLSearchParams, name: string): number | undefined {
  const v = form.get(name);
  if (v === null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new AwsError(400, 'InvalidParameterValue', `Value (${v}) for parameter ${name} is invalid. Expected an integer.`);
  return n;
}

export const bool = (form: URLSearchParams, name: string) => form.get(name) === 'true';
