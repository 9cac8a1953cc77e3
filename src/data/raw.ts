// The raw view: an API record as the service sent it, pretty-printed, one sanitised line each.
import { sanitize } from './sanitize';

export function rawLines(record: unknown): string[] {
  const text = JSON.stringify(record, (_k, v) => (v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? String(v) : v), 2);
  return (text ?? 'undefined').split('\n').map(sanitize);
}
