// `:code`, `:code FILE [TAB]`, `:export FILE` and `:open s3://…`: the code view and what goes with it.
// Each reads the same request values the listing in view sends (data/code/subject.ts).
import { writeFile } from 'node:fs/promises';
import type { CommandApi, LineCommand } from './commands';
import type { BrowserState, Modal } from './browserReducer';
import type { TreeNode } from '../data/tree';
import type { JobRegistry } from '../data/jobs';
import { subjectsInView } from '../data/code/subject';
import { codeTabs, tabForFile, type CodeTab } from '../data/code/index';
import { startExport } from '../data/export';
import { formatOf } from '../data/exportRows';
import { fileExists } from '../data/s3/download';
import { linkNodes, parsePath, parseS3Url, type DeepLink } from '../data/deepLink';
import { sanitize } from '../data/sanitize';
import { formatCount } from '../data/format';
import { keyOf } from '../keys/keymap';

const TAB_IDS: CodeTab['id'][] = ['cli', 'boto3', 'resource', 'js'];

/** The code view for the screen in view (and the selected row), or why there is none. */
export function codeModal(state: BrowserState, selected: TreeNode | undefined): Extract<Modal, { kind: 'code' }> | string {
  const frame = state.stack[state.stack.length - 1];
  const subjects = subjectsInView(frame.node, selected, frame.ctx, { pageSize: state.options.pageSize, filter: frame.filter });
  if (!subjects.length) return 'Nothing here is an AWS request: open a profile, then S3 or EC2.';
  return { kind: 'code', subjects };
}

/** For the key (C): opens the code view or says why not. */
export function openCode(api: Pick<CommandApi, 'getState' | 'dispatch' | 'notify'>, selected: TreeNode | undefined): void {
  const modal = codeModal(api.getState(), selected);
  if (typeof modal === 'string') return api.notify(modal, 'error');
  api.dispatch({ type: 'open-modal', modal });
}

async function writeCode(api: CommandApi, file: string, tabName: string | undefined): Promise<void> {
  const modal = codeModal(api.getState(), api.selected);
  if (typeof modal === 'string') return api.notify(modal, 'error');
  if (tabName && !TAB_IDS.includes(tabName as CodeTab['id'])) return api.notify(`"${sanitize(tabName)}" is not a tab: ${TAB_IDS.join(', ')}.`, 'error');
  const id = (tabName as CodeTab['id'] | undefined) ?? tabForFile(file, 'cli');
  // The selected item's code when there is one (its HeadObject, its stop + wait), else the listing's.
  const subject = modal.subjects[modal.subjects.length > 1 && api.selected ? 1 : 0];
  const tab = codeTabs(subject.request).find((t) => t.id === id)!;
  if (await fileExists(file)) return api.notify(`${sanitize(file)} exists already: give another name, or remove it first.`, 'error');
  await writeFile(file, tab.lines.join('\n') + '\n', { flag: 'wx', mode: tab.language === 'shell' ? 0o755 : 0o644 });
  api.notify(`${tab.title} code for ${sanitize(subject.title)} written to ${sanitize(file)}.`, 'ok');
}

async function exportTo(api: CommandApi, file: string): Promise<void> {
  const jobs = (api as CommandApi & { jobs?: JobRegistry }).jobs;
  if (!file) return api.notify('Give a file: :export keys.csv (or .jsonl, .json).', 'error');
  if (!formatOf(file)) return api.notify(`The format comes from the extension: ${sanitize(file)} is not .csv, .jsonl or .json.`, 'error');
  if (!jobs) return api.notify(':export needs the jobs panel, which this screen has not got.', 'error');
  const state = api.getState();
  const frame = state.stack[state.stack.length - 1];
  if (!frame.node.type.children || !frame.ctx.session) return api.notify('There is no AWS listing here to export.', 'error');
  if (await fileExists(file)) return api.notify(`${sanitize(file)} exists already: give another name, or remove it first.`, 'error');
  startExport(jobs, frame.node, frame.ctx, file, { pageSize: state.options.pageSize }, (r) =>
    api.notify(`Exported ${formatCount(r.rows)} rows to ${sanitize(file)}.`, 'ok'),
  );
  api.notify(`Exporting every row of ${sanitize(frame.node.label || '/')} to ${sanitize(file)} (${keyOf('jobs.focus')}: jobs).`);
}

/** `:open s3://bucket/prefix/` or `:open ec2/REGION` (or ec2/all), under the profile in view. */
function openLink(api: CommandApi, text: string): void {
  const { stack } = api.getState();
  const profileAt = stack.findIndex((f) => f.node.type.kind === 'profile');
  if (profileAt < 0) return api.notify(':open works under a profile: open one first (or start awsnav with --profile).', 'error');
  const parsed: DeepLink | { profile: string } | string = text.startsWith('s3://') ? parseS3Url(text) : parsePath(`-/${text}`);
  if (typeof parsed === 'string') return api.notify(sanitize(parsed), 'error');
  if (!('service' in parsed)) return api.notify('Give a place: :open s3://bucket/prefix/ or :open ec2/us-east-1.', 'error');
  const path = [...stack.slice(0, profileAt + 1).map((f) => f.node), ...linkNodes({ ...parsed, profile: undefined })];
  api.dispatch({ type: 'set-path', path });
}

export const codeCommands: LineCommand[] = [
  {
    name: 'code',
    args: '[FILE [TAB]]',
    description: 'The code view (C); with FILE, writes its code there (.sh AWS CLI, .py boto3, .js JS SDK; TAB: cli, boto3, resource, js)',
    run: (api, [file, tab]) => (file ? writeCode(api, file, tab) : openCode(api, api.selected)),
  },
  {
    name: 'export',
    args: 'FILE',
    description: 'Write every row of the listing in view (all pages) to FILE: .csv, .jsonl or .json, as a job',
    run: (api, args) => exportTo(api, args.join(' ')),
  },
  {
    name: 'open',
    args: 's3://BUCKET/PREFIX | ec2/REGION',
    description: 'Go straight to a bucket, a prefix, a key, or a region\'s instances under this profile',
    run: (api, args) => openLink(api, args.join(' ')),
  },
];
