#!/usr/bin/env node
// flags → the app. Kept small: everything heavy (the SDK, the sandbox) is imported only when needed,
// so the first frame does not wait for it.

// Must be set before the first SDK client exists: on Node 20 every client prints a
// NodeVersionSupportWarning to stderr, which would corrupt the screen.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import './noColor';
import './liveTerminal';
import React from 'react';
import { render } from 'ink';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { App } from './ui/App';
import { awsConfigFiles, loadAwsConfig } from './data/profiles';
import { rootNode } from './data/root';
import { endpointProblem, endpointSettingsFromEnv } from './data/endpoints';
import { loadAwsnavConfig } from './data/config';
import { isRegionName } from './data/regions';
import { SessionRegistry } from './data/sessionRegistry';
import { log, logFilePath, routeConsoleToLog } from './data/log';
import { sanitize } from './data/sanitize';
import type { AuditEvent } from './data/actions';
import { enterTerminal, guardExits, reportCrash } from './ui/terminal';
import { keyStream } from './ui/keyStream';
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
    .addOption(
      new Option('--region <region>', 'use this region for every profile (default: AWS_REGION, else the profile\'s)').argParser(checkRegion),
    )
    .addOption(new Option('--endpoint-url <url>', 'send every request to this endpoint (LocalStack, MinIO, …)').argParser(checkEndpoint))
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
  // Problems in the config files (file and line) are shown in the UI; every readable profile still works.
  const aws = await loadAwsConfig(env);
  const sessions = new SessionRegistry(aws.profiles, {
    region: flags.region ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined),
    endpoints: endpointSettingsFromEnv(env, flags.endpointUrl),
    readonly: flags.readonly,
    config: loadAwsnavConfig(env),
    problems: aws.problems,
  });
  const root = rootNode(() => sessions.allNodes());
  const path: TreeNode[] = [root];
  const wanted = flags.profile ?? (flags.sandbox ? undefined : env.AWS_PROFILE);
  if (wanted) {
    const p = sessions.node(wanted);
    if (!p) {
      const names = aws.profiles.map((x) => x.name).join(', ') || '(none)';
      const files = awsConfigFiles(env);
      const from = flags.profile ? '--profile' : 'AWS_PROFILE';
      process.stderr.write(
        `awsnav: ${from} names "${wanted}", which is in neither ${files.configFile} nor ${files.credentialsFile}.\nProfiles: ${names}\n`,
      );
      await Promise.all(cleanups.map((c) => c()));
      return 2;
    }
    path.push(p);
  }

  routeConsoleToLog(logPath);
  const terminal = enterTerminal(process.stdout, process.stdin);
  // The log keeps an audit trail of every change awsnav was asked to make, and how it ended.
  const audit = (e: AuditEvent) => {
    if (e.mutates && e.phase !== 'cancelled') log(logPath, `audit: ${e.phase}: ${e.label} ${sanitize(e.target)}`);
  };
  const app = render(<App path={path} sessions={sessions} audit={audit} />, { exitOnCtrlC: true, patchConsole: false, stdin: keyStream(process.stdin) });
  const cleanupThenExit = (code: number) => void Promise.all(cleanups.map((c) => c())).finally(() => process.exit(code));
  guardExits({
    stop: () => app.unmount(),
    gone: () => cleanupThenExit(129),
    crash: (err) => {
      try {
        app.unmount();
        terminal.restore();
        process.stderr.write(reportCrash(err, logPath));
      } finally {
        cleanupThenExit(70);
      }
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

function checkRegion(value: string): string {
  if (!isRegionName(value)) throw new InvalidArgumentError('Expected a region name such as eu-west-1.');
  return value;
}

function checkEndpoint(value: string): string {
  const problem = endpointProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
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
