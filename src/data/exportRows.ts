// One listing row as a flat record for :export: the fields the API gave (key, size, version id,
// instance id, state…), not the screen's formatted cells, so the file is data a script can read.
import type { TreeNode } from './tree';
import type { Instance } from '@aws-sdk/client-ec2';
import type { VersionEntry } from './s3/versions';

export type ExportRow = Record<string, string | number | boolean | null>;

const iso = (d: Date | undefined) => (d ? d.toISOString() : null);

// An object row's or a version row's entry (objects.ts and versions.ts give both this shape).
type EntryLike = Omit<VersionEntry, 'kind'> & { kind: string };

export function exportRow(n: TreeNode): ExportRow {
  const r = n.record as { bucket?: string; entry?: EntryLike; prefix?: string; instance?: Instance; region?: string; name?: string; created?: Date };
  if (r.entry) {
    const e = r.entry;
    const row: ExportRow = { bucket: r.bucket ?? null, key: e.key, kind: e.kind };
    if ('versionId' in e || e.kind === 'marker') Object.assign(row, { versionId: e.versionId ?? null, isLatest: e.isLatest ?? null });
    return Object.assign(row, { size: e.size ?? null, lastModified: iso(e.modified), etag: e.etag ?? null, storageClass: e.storageClass ?? null });
  }
  if (r.instance) {
    const i = r.instance;
    return {
      region: r.region ?? null,
      instanceId: i.InstanceId ?? null,
      name: i.Tags?.find((t) => t.Key === 'Name')?.Value ?? null,
      state: i.State?.Name ?? null,
      instanceType: i.InstanceType ?? null,
      launchTime: iso(i.LaunchTime),
      privateIp: i.PrivateIpAddress ?? null,
      publicIp: i.PublicIpAddress ?? null,
    };
  }
  // A folder (common prefix) in a listing, or a bucket in the bucket list.
  if (r.prefix !== undefined && r.bucket !== undefined) return { bucket: r.bucket, key: r.prefix, kind: 'prefix', size: null, lastModified: null, etag: null, storageClass: null };
  if (r.name !== undefined) return { bucket: r.name, region: r.region ?? null, created: iso(r.created) };
  return { id: n.id, label: n.label };
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type ExportFormat = 'csv' | 'jsonl' | 'json';

export function formatOf(file: string): ExportFormat | undefined {
  const m = /\.(csv|jsonl|ndjson|json)$/i.exec(file);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  return ext === 'ndjson' ? 'jsonl' : (ext as ExportFormat);
}

/** Writes rows in a format, a page at a time: the header (CSV, from the first row), the rows, the end. */
export class RowWriter {
  private columns?: string[];
  private rows = 0;
  constructor(readonly format: ExportFormat) {}

  page(rows: ExportRow[]): string {
    let out = '';
    for (const row of rows) {
      if (this.format === 'csv') {
        if (!this.columns) {
          this.columns = Object.keys(row);
          out += this.columns.map(csvField).join(',') + '\r\n';
        }
        out += this.columns.map((c) => csvField(row[c] ?? null)).join(',') + '\r\n';
      } else if (this.format === 'jsonl') out += JSON.stringify(row) + '\n';
      else out += (this.rows ? ',\n' : '[\n') + JSON.stringify(row);
      this.rows++;
    }
    return out;
  }

  end(): string {
    if (this.format !== 'json') return '';
    return this.rows ? '\n]\n' : '[]\n';
  }
}
