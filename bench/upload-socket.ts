import { request as httpRequest } from 'node:http';
import WebSocket from 'ws';
import type { Envelope, ServerMessage } from '../shared/bridge';

/** The web host's RPC over its WebSocket, as the browser's client speaks it: one request = one id. */
export interface HostSocket {
  ok<T>(channel: string, input: unknown): Promise<T>;
  close(): void;
}

/** Trades the start URL's token for the session cookie, as the browser does on its first visit. */
function login(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = httpRequest({ host: target.hostname, port: target.port, path: `${target.pathname}${target.search}` }, (res) => {
      res.resume();
      const cookie = res.headers['set-cookie']?.[0];
      if (cookie) resolve(cookie.split(';')[0]!);
      else reject(new Error(`the web host answered ${res.statusCode} without a cookie`));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function openHostSocket(url: string, origin: string, port: number): Promise<HostSocket> {
  const cookie = await login(url);
  const socket = new WebSocket(`ws://127.0.0.1:${port}/rpc`, { headers: { Cookie: cookie, Origin: origin } });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const pending = new Map<number, (envelope: Envelope) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as ServerMessage;
    if (message.t !== 'res') return;
    pending.get(message.id)?.(message.envelope);
    pending.delete(message.id);
  });
  let next = 1;
  return {
    ok<T>(channel: string, input: unknown) {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, (envelope) => (envelope.ok ? resolve(envelope.result as T) : reject(new Error(`${channel}: ${envelope.error.message}`))));
        socket.send(JSON.stringify({ t: 'req', id, channel, input }));
      });
    },
    close: () => socket.close(),
  };
}
