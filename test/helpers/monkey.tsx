// Shared by test/monkey/*.test.tsx: each file is one monkey run, so the two runs go in parallel.
// The monkey (issue 6): 10,000 seeded, reproducible random keypresses across every screen against the
// sandbox, once with every profile writable and once with prod read-only. No crash, no unhandled
// rejection; every mutating call the sandbox saw came after the confirmation of an action that makes
// that call; in read-only, no mutating call reached the read-only account at all.
// Replay a failure with MONKEY_SEED=<seed> (and MONKEY_KEYS=<n>); MONKEY_TRACE=1 prints where it is.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, cleanup } from 'ink-testing-library';
import { App } from '../../src/ui/App';
import { JobRegistry } from '../../src/data/jobs';
import { keymap, keyBytes } from '../../src/keys/keymap';
import './ink';
import { ESC_KEY } from '../../src/keys/keyStream';
import { startSandbox, writeSandboxAwsFiles, type Sandbox, type SandboxRequest } from '../../src/sandbox/index';
import { seededRandom } from '../../src/sandbox/faultProxy';
import { loadAwsConfig } from '../../src/data/profiles';
import { loadAwsnavConfig } from '../../src/data/config';
import { SessionRegistry } from '../../src/data/sessionRegistry';
import { rootNode } from '../../src/data/root';
import type { AuditEvent } from '../../src/data/actions';
import { mutatingCommands } from '../../src/data/actionCatalog';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
export const KEYS = Number(process.env.MONKEY_KEYS ?? 10_000);

/** Which action may send each mutating operation. */
const UPLOAD = ['action.upload'];
const COPY = ['action.copy', 'action.move'];
const MAY_SEND: Record<string, string[]> = {
  PutObject: UPLOAD,
  CopyObject: [...COPY, 'action.restore'],
  CreateMultipartUpload: [...UPLOAD, ...COPY],
  UploadPart: UPLOAD,
  UploadPartCopy: COPY,
  CompleteMultipartUpload: [...UPLOAD, ...COPY],
  AbortMultipartUpload: [...UPLOAD, ...COPY],
  DeleteObject: ['action.delete', 'action.deleteAll', 'action.move', 'action.restore'],
  DeleteObjects: ['action.delete', 'action.deleteAll'],
  RunInstances: ['action.launch'],
  CreateTags: ['action.launch'],
  StartInstances: ['action.start'],
  StopInstances: ['action.stop'],
  RebootInstances: ['action.reboot'],
  TerminateInstances: ['action.terminate'],
};
export const isMutating = (r: SandboxRequest) => r.op in MAY_SEND;

/**
 * Which commands change AWS is the actions' own word (ActionSpec.mutates, through the catalog), not a
 * list of this test's: every mutating action must be named above as the sender of the calls it makes,
 * and nothing else may be, or the checker would let a call through that no confirmation covers.
 */
export function assertSendersAreTheMutatingActions(): void {
  const named = [...new Set(Object.values(MAY_SEND).flat())].sort();
  assert.deepEqual(named, mutatingCommands(), 'MAY_SEND names exactly the actions whose spec says mutates');
}

// Every key the app binds, in every scope, plus text (no 'q': the monkey must not simply quit, and
// ':quit' needs it), digits and the keys that move between screens, weighted so it goes deep.
const bound = [...new Set(keymap.flatMap((b) => b.keys))].filter((k) => k !== 'q' && k !== 'ctrl+c').map(keyBytes);
const text = [...'abcdefghijklmnoprstuvwxyz0123456789-_./*'];
const alphabet = [...bound, ...text, ...Array(12).fill('\r'), ...Array(6).fill('\u001b'), ...Array(10).fill('\u001b[B'), 'y', 'y', 'y'];

let sandbox: Sandbox;
let filesDir: string;
export const unexpected: unknown[] = [];
const onError = (e: unknown) => unexpected.push(e);

before(async () => {
  sandbox = await startSandbox({ ec2TransitionMs: 30 });
  const files = writeSandboxAwsFiles(sandbox.url);
  filesDir = files.dir;
  process.env.AWS_CONFIG_FILE = files.configFile;
  process.env.AWS_SHARED_CREDENTIALS_FILE = files.credentialsFile;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  for (const k of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_ENDPOINT_URL']) delete process.env[k];
  // Downloads land in the working directory: make it a scratch one.
  process.chdir(mkdtempSync(join(tmpdir(), 'awsnav-monkey-')));
  process.on('unhandledRejection', onError);
  process.on('uncaughtException', onError);
});
after(async () => {
  process.off('unhandledRejection', onError);
  process.off('uncaughtException', onError);
  await sandbox?.close();
});
afterEach(() => cleanup());

/** `start`: a profile to open first (the monkey can still go back to the list and anywhere else). */
export async function run(seed: number, awsnavConfig: string, start?: string) {
  assertSendersAreTheMutatingActions();
  const configFile = join(filesDir, `awsnav-${seed}`);
  writeFileSync(configFile, awsnavConfig);
  process.env.AWSNAV_CONFIG_FILE = configFile;
  const aws = await loadAwsConfig(process.env);
  const sessions = new SessionRegistry(aws.profiles, { config: loadAwsnavConfig(process.env), problems: aws.problems });
  const audit: AuditEvent[] = [];
  const firstRequest = sandbox.requests.length;
  const jobs = new JobRegistry();
  const root = rootNode(() => sessions.allNodes());
  const path = start ? [root, sessions.node(start)!] : [root];
  const term = render(<App path={path} sessions={sessions} jobs={jobs} audit={(e) => audit.push(e)} />);
  const random = seededRandom(seed);
  const pressed: string[] = [];
  for (let i = 0; i < KEYS; i++) {
    // A monkey that never says yes proves nothing about confirmations: when a dialog asks, it often
    // answers (y, or types the name asked for); otherwise it presses any key at random.
    const frame = term.lastFrame() ?? '';
    const typeToConfirm = /Type (\S+) to confirm:/.exec(frame);
    let key: string;
    if (typeToConfirm && random() < 0.3) {
      // The name as one paste, then Enter as its own key.
      term.stdin.write(typeToConfirm[1]);
      await new Promise((r) => setImmediate(r));
      key = '\r';
    }
    else if (/y yes\s+n no/.test(frame) && random() < 0.5) key = 'y';
    else key = alphabet[Math.floor(random() * alphabet.length)];
    pressed.push(key);
    // A lone Esc goes as the terminal's keyStream sends it (ESC_KEY, CSI-u), which Ink reports at once;
    // a raw ESC would be held 20 ms and glue the next key to it as Alt+key.
    term.stdin.write(key === '\u001b' ? ESC_KEY : key);
    await new Promise((r) => setImmediate(r));
    // Pacing, not waiting for anything: now and then the sandbox's answers get a turn to arrive.
    if (i % 40 === 39) await new Promise((r) => setTimeout(r, 15));
    if (process.env.MONKEY_TRACE && i % 100 === 0) console.log("TRACE", i, JSON.stringify(pressed.slice(-12)), "\n" + (term.lastFrame() ?? ""));
    if (i % 500 === 499) {
      const frame = term.lastFrame() ?? '';
      assert.ok(frame.includes('awsnav'), `the app is gone after key ${i} (seed ${seed}): ${JSON.stringify(pressed.slice(-20))}\n${frame}`);
      assert.ok(!/\bERROR\b/.test(frame), `a crash screen after key ${i} (seed ${seed}): ${JSON.stringify(pressed.slice(-20))}\n${frame}`);
    }
  }
  // Jobs still running (a waiter on its 15 s delay, a batch delete) stop here: what they sent so far
  // is in the log and is checked; cancelling aborts what is in flight, so nothing arrives later.
  jobs.cancelAll();
  const requests = sandbox.requests.slice(firstRequest);
  cleanup();
  return { audit, requests };
}

export function assertConfirmedBefore(audit: AuditEvent[], requests: SandboxRequest[], seed: number) {
  for (const r of requests.filter(isMutating)) {
    const allowed = MAY_SEND[r.op];
    const confirmed = audit.find((e) => e.phase === 'confirmed' && e.mutates && allowed.includes(e.command) && e.at <= r.at);
    assert.ok(confirmed, `seed ${seed}: ${r.op} on ${r.account} at ${r.at} with no confirmed ${allowed.join('/') || 'action'} before it`);
  }
  // Actions that send one call each sent no more calls than were confirmed.
  for (const [op, command] of [['StartInstances', 'action.start'], ['StopInstances', 'action.stop'], ['RebootInstances', 'action.reboot'], ['TerminateInstances', 'action.terminate'], ['RunInstances', 'action.launch']]) {
    const calls = requests.filter((r) => r.op === op).length;
    const confirmations = audit.filter((e) => e.phase === 'confirmed' && e.command === command).length;
    assert.ok(calls <= confirmations, `seed ${seed}: ${calls} ${op} calls for ${confirmations} confirmed ${command}`);
  }
}

