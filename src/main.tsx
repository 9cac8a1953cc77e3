// flags → the app (cli.ts has checked the Node version and parsed the flags). Kept small: everything
// heavy (the SDK, the sandbox) is imported only when needed, so the first frame does not wait for it.

// Must be set before the first SDK client exists: on a Node the SDK is about to drop, every client
// prints a NodeVersionSupportWarning to stderr, which would corrupt the screen.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import './noColor';
import './liveTerminal';
import React from 'react';
import { render } from 'ink';
import { App } from './ui/App';
import { awsConfigFiles, loadAwsConfig } from './data/profiles';
import { rootNode } from './data/root';
import { endpointSettingsFromEnv } from './data/endpoints';
import { loadAwsnavConfig } from './data/config';
import { SessionRegistry } from './data/sessionRegistry';
import { log, logFilePath, routeConsoleToLog } from './data/log';
import { sandboxFilesOf, shareLines } from './sandbox/shareLines';
import { sanitize } from './data/sanitize';
import { auditLine, type AuditEvent } from './data/actions';
import { guardExits, reportCrash } from './ui/terminal';
import { inkOptions } from './ui/inkOptions';
import type { TreeNode } from './data/tree';
import type { Flags } from './flags';
import { deepLinkPath, parseDeepLink } from './data/deepLink';

async function run(flags: Flags): Promise<number> {
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
  const shared = flags.sandbox ? sandboxFilesOf(process.env) : undefined;
  // Other tools can use the same sandbox while awsnav runs (:sandbox shows this too).
  if (shared) log(logPath, `sandbox: ${shareLines(shared).filter((l) => l.trim()).join(' | ')}`);
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
  const wanted = flags.profile ?? (flags.sandbox ? undefined : env.AWS_PROFILE);
  const path = startPath(root, sessions, flags, wanted, aws.profiles.map((x) => x.name), env);
  if (typeof path === 'string') {
    process.stderr.write(`${path}\n`);
    await Promise.all(cleanups.map((c) => c()));
    return 2;
  }

  routeConsoleToLog(logPath);
  // The log keeps an audit trail of every change awsnav was asked to make, and how it ended.
  const audit = (e: AuditEvent) => {
    if (e.mutates && e.phase !== 'cancelled') log(logPath, auditLine(e));
  };
  // The terminal as Ink gets it (alternate screen, incremental rendering, one write per frame): inkOptions.ts.
  const app = render(<App path={path} sessions={sessions} audit={audit} />, inkOptions(process.stdin, process.stdout));
  const cleanupThenExit = (code: number) => void Promise.all(cleanups.map((c) => c())).finally(() => process.exit(code));
  guardExits({
    stop: () => app.unmount(),
    gone: () => cleanupThenExit(129),
    crash: (err) => {
      try {
        app.unmount();
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
    await Promise.all(cleanups.map((c) => c()));
  }
  return 0;
}

/**
 * Where the browser opens: the profile list; a profile (--profile, AWS_PROFILE); or a deep link
 * (`s3://bucket/prefix/`, --path dev/ec2/us-east-1). A string is what to tell the person instead.
 */
function startPath(
  root: TreeNode,
  sessions: SessionRegistry,
  flags: Flags,
  wanted: string | undefined,
  profileNames: string[],
  env: NodeJS.ProcessEnv,
): TreeNode[] | string {
  if (flags.open) {
    const link = parseDeepLink(flags.open);
    const path = typeof link === 'string' ? link : deepLinkPath(root, (n) => sessions.node(n), link, wanted);
    // The link and the profile name are the person's typing: sanitised.
    return typeof path === 'string' ? sanitize(`awsnav: ${path}`) : path;
  }
  if (!wanted) return [root];
  const p = sessions.node(wanted);
  if (p) return [root, p];
  const names = profileNames.join(', ') || '(none)';
  const files = awsConfigFiles(env);
  const from = flags.profile ? '--profile' : 'AWS_PROFILE';
  // The name, the paths and the profiles come from the environment and the files: sanitised.
  return `${sanitize(`awsnav: ${from} names "${wanted}", which is in neither ${files.configFile} nor ${files.credentialsFile}.`)}\n${sanitize(`Profiles: ${names}`)}`;
}

/** Runs the UI until it ends, then exits with its code. */
export function main(flags: Flags): void {
  run(flags).then(
    (code) => process.exit(code),
    (err) => {
      // An error from the UI itself (Ink ends the app on a render error): the terminal was restored
      // in run's finally; say what happened and where the details are.
      process.stderr.write(reportCrash(err, logFilePath()));
      process.exit(70);
    },
  );
}
