// `:upload PATH`, `:presign [DURATION]`, `:cp DEST`, `:mv DEST`: the S3 object actions with their input
// given on the line. Each runs the same ActionSpec its key runs (confirmation, read-only rules, job),
// made with the value preset, so `:upload` can say in its confirmation what it would replace.
import type { ActionSpec } from '../data/actions';
import { uploadAction } from '../data/s3/uploadAction';
import { presignAction } from '../data/s3/presignAction';
import { copyAction } from '../data/s3/copyAction';
import { DEFAULT_PRESIGN, parseDuration } from '../data/s3/presign';
import type { CommandApi, LineCommand } from './commands';
import type { CommandId } from '../keys/keymap';

/** Runs `make(value)` where the action `command` applies: on the selected row, else on the listing. */
function viaAction(api: CommandApi, name: string, command: string, make: () => ActionSpec): void {
  const frame = api.getState().stack.at(-1)!;
  if (!api.runAction || !api.actions) return api.notify(`:${name} cannot run here; use its key instead.`, 'error');
  const base = api.actions.find((a) => a.command === command);
  if (!base) {
    const exists = [api.selected, frame.node].some((n) => [...(n?.type.actions ?? []), ...(n?.type.listActions ?? [])].some((a) => a.command === command));
    // The key's own reason when it has one (read-only, a bucket that refused its listing).
    const why = exists ? api.offReason?.(command as CommandId) : undefined;
    return api.notify(why ? `:${name}: ${why}` : exists ? `:${name}: not offered here (a read-only profile, or not for this row).` : `:${name} works in an S3 bucket listing.`, 'error');
  }
  const onRow = api.selected !== undefined && api.selected.type.actions?.includes(base);
  api.runAction(make(), onRow ? api.selected! : frame.node, frame.ctx);
}

/** `:cp DEST` and `:mv DEST`: the copy action with its destination given, moving or not. */
function copyCommand(move: boolean, name: string, description: string, example: string): LineCommand {
  return {
    name,
    args: 'DEST',
    description,
    run: (api, args) => {
      const dest = args.join(' ');
      if (!dest) return api.notify(`Give a destination, e.g. :${name} ${example}`, 'error');
      viaAction(api, name, move ? 'action.move' : 'action.copy', () => copyAction(move, dest));
    },
  };
}

export const s3Commands: LineCommand[] = [
  {
    name: 'upload',
    args: 'PATH',
    description: 'Upload a file or a folder (recursively) into the bucket or prefix in view',
    run: (api, args) => {
      const path = args.join(' ');
      if (!path) return api.notify('Give a path, e.g. :upload ~/report.csv or :upload ./photos', 'error');
      viaAction(api, 'upload', 'action.upload', () => uploadAction(path));
    },
  },
  {
    name: 'presign',
    args: '[DURATION]',
    description: `A presigned GET URL for the selected object, shown and copied (default ${DEFAULT_PRESIGN}, at most 7d)`,
    run: (api, args) => {
      const text = args.join('') || DEFAULT_PRESIGN;
      const d = parseDuration(text);
      if (typeof d === 'string') return api.notify(d, 'error');
      viaAction(api, 'presign', 'action.presign', () => presignAction(text));
    },
  },
  copyCommand(false, 'cp', 'Copy the selected object server-side (s3://bucket/folder/, /folder/, folder/ or a new name)', 's3://other-bucket/backup/'),
  copyCommand(true, 'mv', 'Move the selected object: copied, then deleted once the copy is complete', 'archive/'),
];
