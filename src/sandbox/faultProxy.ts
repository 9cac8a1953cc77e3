// A fault-injecting HTTP proxy to put between awsnav and an endpoint (the sandbox, s3rver): a seeded
// share of requests gets 500 InternalError, 503 SlowDown (EC2: RequestLimitExceeded), a connection
// reset, or a stall before being forwarded. Seeded, so a failing run can be replayed. Tests only
// point it at loopback.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface FaultRates {
  internalError?: number;
  slowDown?: number;
  reset?: number;
  stall?: number;
  /** Answer as though the credentials had expired (ExpiredToken). */
  expiredToken?: number;
  /** Accept the connection and never answer (until closed). */
  hang?: number;
}

export interface FaultStats {
  requests: number;
  forwarded: number;
  internalError: number;
  slowDown: number;
  reset: number;
  stall: number;
  expiredToken: number;
  hang: number;
}

export interface FaultProxy {
  url: string;
  stats: FaultStats;
  setRates(rates: FaultRates): void;
  close(): Promise<void>;
}

export interface FaultProxyOptions {
  target: string;
  rates?: FaultRates;
  stallMs?: number;
  seed?: number;
  /** Only requests this returns true for are faulted (e.g. only DescribeInstances). */
  only?(req: IncomingMessage): boolean;
}

/** mulberry32: small, fast, and the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Fault = Exclude<keyof FaultStats, 'requests' | 'forwarded'>;
const ORDER: Fault[] = ['internalError', 'slowDown', 'reset', 'stall', 'expiredToken', 'hang'];

function serviceOf(req: IncomingMessage): string {
  return /Credential=[^/]+\/[^/]+\/[^/]+\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? 's3';
}

function errorBody(service: string, code: string, message: string): { type: string; body: string } {
  if (service === 's3') {
    return {
      type: 'application/xml',
      body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>FAULT</RequestId></Error>`,
    };
  }
  return {
    type: 'text/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>FAULT</RequestID></Response>`,
  };
}

export function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(opts.target);
  let rates: FaultRates = opts.rates ?? {};
  const random = seededRandom(opts.seed ?? 1);
  const stats: FaultStats = { requests: 0, forwarded: 0, internalError: 0, slowDown: 0, reset: 0, stall: 0, expiredToken: 0, hang: 0 };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function pick(req: IncomingMessage): Fault | undefined {
    if (opts.only && !opts.only(req)) return undefined;
    let r = random();
    for (const f of ORDER) {
      const p = rates[f] ?? 0;
      if (r < p) return f;
      r -= p;
    }
    return undefined;
  }

  function forward(req: IncomingMessage, res: ServerResponse): void {
    stats.forwarded++;
    const up = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => res.destroy());
    req.pipe(up);
  }

  const server = createServer((req, res) => {
    stats.requests++;
    const fault = pick(req);
    if (fault) stats[fault]++;
    const service = serviceOf(req);
    const fail = (status: number, code: string, message: string) => {
      req.resume();
      const { type, body } = errorBody(service, code, message);
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(body);
    };
    switch (fault) {
      case 'internalError':
        return fail(500, 'InternalError', 'We encountered an internal error. Please try again.');
      case 'slowDown':
        return service === 's3'
          ? fail(503, 'SlowDown', 'Please reduce your request rate.')
          : fail(503, 'RequestLimitExceeded', 'Request limit exceeded.');
      case 'expiredToken':
        return fail(400, 'ExpiredToken', 'The provided token has expired.');
      case 'reset':
        return req.socket.destroy();
      case 'hang':
        return; // never answered; close() destroys the socket
      case 'stall': {
        const t = setTimeout(() => {
          timers.delete(t);
          if (!res.destroyed) forward(req, res);
        }, opts.stallMs ?? 3000);
        timers.add(t);
        return;
      }
      default:
        return forward(req, res);
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        stats,
        setRates: (r) => (rates = r),
        close: () =>
          new Promise<void>((done) => {
            for (const t of timers) clearTimeout(t);
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
