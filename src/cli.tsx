#!/usr/bin/env node
// flags → the app. Kept small: everything heavy (the SDK, the sandbox) is imported only when needed,
// so the first frame does not wait for it.

// Must be set before the first SDK client exists: on Node 20 every client prints a
// NodeVersionSupportWarning to stderr, which would corrupt the screen.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import React from 'react';
import { render } from 'ink';
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { App } from './ui/App';
import { loadProfiles } from './data/profiles';
import { profileNodes, rootNode } from './data/root';
import { endpointSettingsFromEnv } from './data/endpoints';
import { logFilePath, routeConsoleToLog } from './data/log';
import { enterTerminal, guardExits, reportCrash } from './ui/terminal';
import type { TreeNode } from './data/tree';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

interface Flags {
  profile?: string;
  region?: string;
  endpointUrl?: string;
  readonly?: boolean;
  sandbox?: boolean;
}


async function main(): Promise<number> {
  const program = new Command()
    .name('awsnav')
    .description('An interactive terminal explorer for AWS.')
    .version(version)
    .option('--profile <name>', 'open this profile (default: AWS_PROFILE, else the profile list)')
    .option('--region <region>', 'use this region for every profile (default: AWS_REGION, else the profile\'s)')
    .option('--endpoint-url <url>', 'send every request to this endpoint (LocalStack, MinIO, …)')
    .option('--readonly', 'offer no action that changes anything')
    .option('--sandbox', 'run against the built-in local sandbox (no AWS account needed)')
    .showHelpAfterError();
  program.parse();
  const flags = program.opts<Flags>();

  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write('awsnav is interactive: run it in a terminal (stdin and stdout must be a TTY).\n');
    return 2;
  }

  const cleanups: (() => unknown)[] = [];
  if (flags.sandbox) {
    const { startSandboxEnvironment } = await import('./sandbox/environment');
    cleanups.push(await startSandboxEnvironment(process.env));
  }

  const logPath = logFilePath();
  const env = process.env;
  const profiles = await loadProfiles(env).catch((err: Error) => {
    process.stderr.write(`awsnav: could not read the AWS config files: ${err.message}\n`);
    return [];
  });
  const nodes = profileNodes(profiles, {
    region: flags.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined),
    endpoints: endpointSettingsFromEnv(env, flags.endpointUrl),
  });
  const root = rootNode(nodes);
  const path: TreeNode[] = [root];
  const wanted = flags.profile ?? (flags.sandbox ? undefined : env.AWS_PROFILE);
  if (wanted) {
    const p = nodes.find((n) => n.id === wanted);
    if (!p) {
      process.stderr.write(`awsnav: no profile named "${wanted}". Profiles: ${nodes.map((n) => n.id).join(', ') || '(none)'}\n`);
      await Promise.all(cleanups.map((c) => c()));
      return 2;
    }
    path.push(p);
  }

  routeConsoleToLog(logPath);
  const terminal = enterTerminal(process.stdout, process.stdin);
  const app = render(<App path={path} />, { exitOnCtrlC: true, patchConsole: false });
  guardExits({
    stop: () => app.unmount(),
    crash: (err) => {
      app.unmount();
      terminal.restore();
      process.stderr.write(reportCrash(err, logPath));
      void Promise.all(cleanups.map((c) => c())).finally(() => process.exit(70));
    },
  });
  // For the exit tests: a real uncaught exception, thrown outside React, after the first frame.
  if (env.AWSNAV_TEST_CRASH === '1') setTimeout(() => { throw new Error('test crash requested by AWSNAV_TEST_CRASH'); }, 300);
  try {
    await app.waitUntilExit();
  } finally {
    terminal.restore();
    await Promise.all(cleanups.map((c) => c()));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    // An error from the UI itself (Ink ends the app on a render error): the terminal was restored
    // in main's finally; say what happened and where the details are.
    process.stderr.write(reportCrash(err, logFilePath()));
    process.exit(70);
  },
);
