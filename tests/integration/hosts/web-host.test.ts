import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCore, type Core } from '../../../electron/core';
import { startWebHost, type WebHost } from '../../../electron/web/server';
import type { ServerMessage } from '../../../shared/bridge';

let core: Core;
let host: WebHost;
let home: string;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'sagedeck-web-'));
  const renderer = join(home, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(home, 'secret.txt'), 'outside the renderer');
  core = await createCore({ dataDir: join(home, 'data'), host: 'web', env: { HOME: home } });
  host = await startWebHost({ port: 0, rendererDir: renderer, dispatcher: core.dispatcher });
});

afterEach(async () => {
  await host.close();
  await core.close();
});

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so headers like Host and Cookie are exactly what the test says. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function login(): Promise<string> {
  const url = new URL(host.url);
  const response = await get(`/?token=${url.searchParams.get('token')}`);
  expect(response.status).toBe(303);
  expect(response.headers.location).toBe('/');
  const cookie = String(response.headers['set-cookie']);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie.split(';')[0]!;
}

function openSocket(cookie: string | undefined, origin: string | undefined): Promise<WebSocket> {
  const headers: Record<string, string> = {};
  if (cookie) headers.Cookie = cookie;
  if (origin) headers.Origin = origin;
  const socket = new WebSocket(`ws://127.0.0.1:${host.port}/rpc`, { headers });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket, id: number, type: ServerMessage['t']): Promise<ServerMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      if (message.id === id && message.t === type) {
        socket.off('message', onMessage);
        resolve(message);
      }
    };
    socket.on('message', onMessage);
  });
}

describe('web host', () => {
  it('prints a loopback URL with a token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('answers 401 without token or cookie, on pages and assets alike', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/assets/app.js')).status).toBe(401);
    expect((await get('/?token=0123')).status).toBe(401);
  });

  it('trades the token once for a cookie, then serves with the strict CSP', async () => {
    const cookie = await login();
    const page = await get('/', { Cookie: cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const token = new URL(host.url).searchParams.get('token');
    expect((await get(`/?token=${token}`)).status).toBe(401);
  });

  it('never serves files outside the renderer', async () => {
    const cookie = await login();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt']) {
      const response = await get(path, { Cookie: cookie });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('outside the renderer');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const cookie = await login();
    expect((await get('/', { Cookie: cookie, Host: `evil.example:${host.port}` })).status).toBe(421);
  });

  it('refuses a WebSocket without the cookie or from a foreign origin', async () => {
    const origin = `http://127.0.0.1:${host.port}`;
    await expect(openSocket(undefined, origin)).rejects.toThrow('HTTP 401');
    const cookie = await login();
    await expect(openSocket(cookie, 'https://evil.example')).rejects.toThrow('HTTP 403');
    await expect(openSocket(cookie, undefined)).rejects.toThrow('HTTP 403');
  });

  it('serves the contract over the socket: requests, validation and streams', async () => {
    const cookie = await login();
    const socket = await openSocket(cookie, `http://127.0.0.1:${host.port}`);
    socket.send(JSON.stringify({ t: 'req', id: 1, channel: 'profiles.list', input: {} }));
    const list = await nextMessage(socket, 1, 'res');
    expect(list).toMatchObject({ envelope: { ok: true, result: [{ name: 'sandbox', kind: 'sandbox' }] } });

    socket.send(JSON.stringify({ t: 'req', id: 2, channel: 'session.select', input: { profile: 'sandbox', region: 'nowhere' } }));
    expect(await nextMessage(socket, 2, 'res')).toMatchObject({ envelope: { ok: false, error: { code: 'InvalidInput', fields: { region: expect.any(String) } } } });

    socket.send(JSON.stringify({ t: 'sub', id: 3, channel: 'session.watch', input: {} }));
    const event = nextMessage(socket, 3, 'ev');
    socket.send(JSON.stringify({ t: 'req', id: 4, channel: 'session.select', input: { profile: 'sandbox', region: 'eu-west-3' } }));
    expect(await event).toMatchObject({ event: { region: 'eu-west-3' } });
    socket.close();
  });
});

/** The close code the host sends when it drops a connection (the client sees it in its close event). */
function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/** One masked client frame written straight to the TCP socket: what a hostile or broken client can send. */
function rawFrame(firstByte: number, payload: Buffer): Buffer {
  const mask = Buffer.from([1, 2, 3, 4]);
  const masked = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from([firstByte, 0x80 | payload.length]), mask, masked]);
}

describe('web host: one bad frame closes that connection only (issue 8, Part C.1)', () => {
  const sendRaw = (socket: WebSocket, frame: Buffer) => (socket as unknown as { _socket: { write(data: Buffer): void } })._socket.write(frame);

  const badFrames: [string, number, (socket: WebSocket) => void][] = [
    ['a 9 MiB message (over the 8 MiB limit)', 1009, (socket) => socket.send('x'.repeat(9 << 20))],
    ['a text frame that is not UTF-8', 1007, (socket) => socket.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false })],
    ['a frame with the reserved opcode 3', 1002, (socket) => sendRaw(socket, rawFrame(0x83, Buffer.from('{}')))],
    ['a text frame with RSV1 set (no extension negotiated)', 1002, (socket) => sendRaw(socket, rawFrame(0xc1, Buffer.from('{}')))],
  ];

  it.each(badFrames)('%s: closed with %i, while the host and another connection keep working', async (_what, code, send) => {
    const cookie = await login();
    const origin = `http://127.0.0.1:${host.port}`;
    const bystander = await openSocket(cookie, origin);
    const offender = await openSocket(cookie, origin);
    // An unhandled socket error would surface here as an uncaught exception and fail the test run.
    offender.on('error', () => undefined);
    const closing = closed(offender);
    send(offender);
    expect(await closing).toBe(code);

    bystander.send(JSON.stringify({ t: 'req', id: 1, channel: 'app.info', input: {} }));
    expect(await nextMessage(bystander, 1, 'res')).toMatchObject({ envelope: { ok: true, result: { host: 'web' } } });
    const newcomer = await openSocket(cookie, origin);
    newcomer.send(JSON.stringify({ t: 'req', id: 2, channel: 'profiles.list', input: {} }));
    expect(await nextMessage(newcomer, 2, 'res')).toMatchObject({ envelope: { ok: true } });
    expect((await get('/', { Cookie: cookie })).status).toBe(200);
    bystander.close();
    newcomer.close();
  });
});
