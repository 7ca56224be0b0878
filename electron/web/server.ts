import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { contentSecurityPolicy } from '../../shared/csp';
import type { Dispatcher } from '../core/rpc/dispatcher';
import { allowedOrigins, hostAllowed, WebAuth } from './auth';
import { bindSocket } from './socket-binding';
import { readStaticFile } from './static-files';

export interface WebHostOptions {
  port: number;
  rendererDir: string;
  dispatcher: Dispatcher;
}

export interface WebHost {
  port: number;
  /** The one-time URL to open: http://127.0.0.1:N/?token=… */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function reply(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer = ''): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

/** The loopback web host: the built renderer plus the contract over a WebSocket, 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const auth = new WebAuth();
  const server: Server = createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const csp = contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]);
  const origins = allowedOrigins(port);

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      if (!hostAllowed(request, port)) return reply(response, 421, { 'Content-Type': 'text/plain' }, 'Misdirected request');
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
      if (auth.redeemToken(url.searchParams.get('token'))) {
        url.searchParams.delete('token');
        return reply(response, 303, { Location: `${url.pathname}${url.search}${url.hash}`, 'Set-Cookie': auth.sessionCookie(), 'Cache-Control': 'no-store' });
      }
      if (!auth.hasSession(request)) {
        return reply(response, 401, { 'Content-Type': 'text/plain; charset=utf-8' }, 'SageDeck: open the URL printed by the web host (it carries a one-time token).\n');
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, { Allow: 'GET, HEAD' });
      const file = await readStaticFile(options.rendererDir, url.pathname);
      if (!file) return reply(response, 404, { 'Content-Type': 'text/plain' }, 'Not found');
      return reply(
        response,
        200,
        {
          'Content-Type': file.contentType,
          'Content-Security-Policy': csp,
          'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        },
        request.method === 'HEAD' ? '' : file.body,
      );
    })().catch(() => reply(response, 500, { 'Content-Type': 'text/plain' }, 'Internal error'));
  });

  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const origin = request.headers.origin;
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (!hostAllowed(request, port) || url.pathname !== '/rpc') return refuse('404 Not Found');
    if (!auth.hasSession(request)) return refuse('401 Unauthorized');
    if (!origin || !origins.has(origin)) return refuse('403 Forbidden');
    sockets.handleUpgrade(request, socket, head, (ws) => bindSocket(ws, options.dispatcher));
  });

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${auth.token}`,
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
