// A small HTTP server of its own on 127.0.0.1, for endpoints that are not AWS's service endpoint in real
// life either (instance metadata, the container credentials endpoint): each is its own host there.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface LoopbackServer {
  url: string;
  /** Each request as "METHOD path", in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage) => { status: number; body: string; type?: string };

/**
 * Listens on 127.0.0.1 (port 0: any free one) and tracks the sockets, so `close` ends open keep-alive
 * connections at once rather than waiting out their timeout; a client that disconnects mid-request
 * must not crash the server. The sandbox's service endpoint and these small endpoints share it.
 */
export function listenLocal(server: Server, port = 0): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_e, s) => s.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${p}`,
        port: p,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}

export async function listenLoopback(handle: Handler, port = 0): Promise<LoopbackServer> {
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      const r = handle(req);
      res.writeHead(r.status, { 'content-type': r.type ?? 'text/plain', 'content-length': Buffer.byteLength(r.body) });
      res.end(r.body);
    });
  });
  const { url, close } = await listenLocal(server, port);
  return { url, requests, close };
}
