// Figure 6. Cancelling a waiter: the time from abort to the poll request in flight being closed, and
// how many polls are sent after the cancel (must be 0). Measured on awsnav's own loop (runWaiter with
// the instance-running waiter on the sandbox's EC2) and, as the reference, on the SDK's
// waitUntilInstanceRunning with an abort signal. A TCP proxy between client and sandbox holds every
// response for HOLD_MS, so a poll is surely in flight when the cancel comes, and sees the client's
// requests and when it closes its connection.
import { createServer, connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { EC2Client, DescribeInstancesCommand, waitUntilInstanceRunning } from '@aws-sdk/client-ec2';
import { runWaiter } from '../src/data/waiters/loop';
import { instanceWaiter } from '../src/data/waiters/instance';
import { SANDBOX_ACCOUNTS } from '../src/sandbox/accounts';
import { benchSession } from './clients';
import { childMain, sleep } from './child';

const HOLD_MS = 300;

interface Proxy {
  url: string;
  /** Arrival times of requests (their first bytes). */
  requests: number[];
  /** Resolves when the connection carrying the request in flight is closed by the client, or its
   *  response is delivered (whichever first): { at, closed }. */
  inFlightDone(): Promise<{ at: number; closed: boolean }>;
  close(): void;
}

function startProxy(upstreamPort: number): Promise<Proxy> {
  const requests: number[] = [];
  let current: { done: Promise<{ at: number; closed: boolean }> } | undefined;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    const upstream = connect(upstreamPort, '127.0.0.1');
    let settle: (v: { at: number; closed: boolean }) => void = () => {};
    client.on('data', (chunk) => {
      if (/^(GET|POST|PUT|HEAD|DELETE) /.test(chunk.toString('latin1', 0, 8))) {
        requests.push(performance.now());
        current = { done: new Promise((r) => (settle = r)) };
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      setTimeout(() => {
        if (client.destroyed) return;
        client.write(chunk);
        settle({ at: performance.now(), closed: false });
      }, HOLD_MS);
    });
    client.on('close', () => {
      settle({ at: performance.now(), closed: true });
      upstream.destroy();
      sockets.delete(client);
    });
    client.on('error', () => {});
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        inFlightDone: () => current!.done,
        close: () => {
          for (const s of sockets) s.destroy();
          server.close();
        },
      });
    }),
  );
}

export interface WaiterBenchResult {
  holdMs: number;
  cancelToClosedMs: number[];
  pollsAfterCancel: number;
  sdk: { cancelToDoneMs: number[]; closed: boolean[]; pollsAfterCancel: number };
  note?: string;
}

async function waitForPolls(proxy: Proxy, n: number): Promise<void> {
  while (proxy.requests.length < n) await sleep(2);
}

export async function measureWaiters({ url, samples }: { url: string; samples: number }): Promise<WaiterBenchResult> {
  const upstreamPort = Number(new URL(url).port);
  const proxy = await startProxy(upstreamPort);
  const dev = SANDBOX_ACCOUNTS.find((a) => a.name === 'dev')!;
  const credentials = { accessKeyId: dev.accessKeyId, secretAccessKey: dev.secretAccessKey };
  const direct = new EC2Client({ region: dev.region, endpoint: url, credentials });
  const listed = await direct.send(new DescribeInstancesCommand({}));
  const stopped = listed.Reservations?.flatMap((r) => r.Instances ?? []).find((i) => i.State?.Name === 'stopped');
  if (!stopped?.InstanceId) throw new Error('the sandbox has no stopped instance to wait on');
  const id = stopped.InstanceId;

  const out: WaiterBenchResult = { holdMs: HOLD_MS, cancelToClosedMs: [], pollsAfterCancel: 0, sdk: { cancelToDoneMs: [], closed: [], pollsAfterCancel: 0 } };
  const ec2 = await benchSession(proxy.url).ec2();
  for (let i = 0; i < samples; i++) {
    // awsnav: a stopped instance never becomes running by itself, so the loop polls until cancelled.
    const controller = new AbortController();
    const first = proxy.requests.length;
    const run = runWaiter(instanceWaiter(ec2, id, 'running'), { minDelay: 0.01, maxDelay: 0.01, maxAttempts: 10_000 }, { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    await waitForPolls(proxy, first + 3); // the third poll is in flight (its response is held)
    await sleep(HOLD_MS / 5);
    const done = proxy.inFlightDone();
    const t0 = performance.now();
    controller.abort();
    const { at, closed } = await done;
    await run;
    out.cancelToClosedMs.push(closed ? at - t0 : NaN);
    await sleep(HOLD_MS + 100);
    out.pollsAfterCancel += proxy.requests.filter((t) => t > t0).length;
  }
  for (let i = 0; i < Math.min(3, samples); i++) {
    // The SDK's waiter (its minimum delay is 1 s): the abort is checked between polls only.
    const client = new EC2Client({ region: dev.region, endpoint: proxy.url, credentials });
    const controller = new AbortController();
    const first = proxy.requests.length;
    const run = waitUntilInstanceRunning(
      { client, maxWaitTime: 60, minDelay: 1, maxDelay: 1, abortSignal: controller.signal },
      { InstanceIds: [id] },
    ).catch((e: unknown) => e);
    await waitForPolls(proxy, first + 2);
    await sleep(HOLD_MS / 5);
    const done = proxy.inFlightDone();
    const t0 = performance.now();
    controller.abort();
    const { at, closed } = await done;
    await run;
    out.sdk.cancelToDoneMs.push(at - t0);
    out.sdk.closed.push(closed);
    await sleep(1500);
    out.sdk.pollsAfterCancel += proxy.requests.filter((t) => t > t0).length;
    client.destroy();
  }
  if (out.cancelToClosedMs.some((v) => Number.isNaN(v))) out.note = 'a cancelled poll was not closed: its response was delivered';
  proxy.close();
  direct.destroy();
  return out;
}

childMain(import.meta.url, measureWaiters);
