// `:sandbox`: the files the sandbox wrote and the line that points the AWS CLI, boto3 or a script at it.
import type { LineCommand } from './commands';
import { sandboxFilesOf, shareLines } from '../sandbox/shareLines';

export const sandboxCommands: LineCommand[] = [
  {
    name: 'sandbox',
    description: 'The sandbox\'s config and credentials files, and an export line for the AWS CLI, boto3 or a script',
    run: (api) => {
      const files = sandboxFilesOf(process.env);
      if (!files) return api.notify('Not in sandbox mode: start awsnav --sandbox (or awsnav sandbox, with no UI).', 'error');
      api.dispatch({ type: 'open-modal', modal: { kind: 'text', title: 'Sandbox · for other tools', lines: shareLines(files, true) } });
    },
  },
];
