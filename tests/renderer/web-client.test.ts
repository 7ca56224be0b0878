import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/bridge';
import type { ErrorEnvelope } from '../../shared/errors';
import { reconnectDelay } from '../../renderer/src/bridge/backoff';
import { createWebBridge, rpcUrl, type ConnectionStatus } from '../../renderer/src/bridge/web-client';
import { FakeSocket, ManualScheduler } from './support/fake-socket';

function setup() {
  const sockets: FakeSocket[] = [];
  const scheduler = new ManualScheduler();
  const bridge = createWebBridge({
    url: 'ws://127.0.0.1:4000/rpc',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    schedule: scheduler.schedule,
  });
  const statuses: ConnectionStatus[] = [];
  bridge.onStatus((status) => statuses.push(status));
  const latest = () => {
    const socket = sockets.at(-1);
    if (!socket) throw new Error('no socket yet');
    return socket;
  };
  return { bridge, sockets, scheduler, statuses, latest };
}

describe('web client', () => {
  it('derives the socket address from the page: ws for http, wss for https', () => {
    expect(rpcUrl({ protocol: 'http:', host: '127.0.0.1:4000' })).toBe('ws://127.0.0.1:4000/rpc');
    expect(rpcUrl({ protocol: 'https:', host: 'deck.local' })).toBe('wss://deck.local/rpc');
  });

  it('sends requests made before the socket opens once it does, and resolves each by its id', async () => {
    const { bridge, latest } = setup();
    const first = bridge.request('profiles.list', {});
    const second = bridge.request('session.select', { profile: 'ml-dev' }, { confirmed: true });
    expect(latest().sent).toEqual([]);
    latest().open();
    const [a, b] = latest().sent;
    expect(a).toMatchObject({ t: 'req', channel: 'profiles.list', input: {} });
    expect(b).toMatchObject({
      t: 'req',
      channel: 'session.select',
      input: { profile: 'ml-dev' },
      meta: { confirmed: true },
    });
    expect(a?.id).not.toBe(b?.id);

    latest().receive({ t: 'res', id: b!.id, envelope: { ok: true, result: 'second' } });
    latest().receive({
      t: 'res',
      id: a!.id,
      envelope: { ok: false, error: { code: 'Forbidden', message: 'no', retryable: false } },
    });
    await expect(second).resolves.toEqual({ ok: true, result: 'second' });
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'Forbidden', message: 'no', retryable: false } });
  });

  it('ignores frames that are not JSON or answer nothing pending', async () => {
    const { bridge, latest } = setup();
    latest().open();
    const answer = bridge.request('app.info', {});
    latest().receive('not json');
    latest().receive({ t: 'res', id: 9999, envelope: { ok: true, result: 'stray' } });
    latest().receive({ t: 'res', id: latest().sent[0]!.id, envelope: { ok: true, result: 'mine' } });
    await expect(answer).resolves.toEqual({ ok: true, result: 'mine' });
  });

  it('delivers stream events, ends, and sends unsub when the caller stops', () => {
    const { bridge, latest } = setup();
    latest().open();
    const events: unknown[] = [];
    const ends: (ErrorEnvelope | undefined)[] = [];
    const stop = bridge.subscribe(
      'journal.watch',
      {},
      (event) => events.push(event),
      (error) => ends.push(error),
    );
    const other = bridge.subscribe(
      'session.watch',
      {},
      () => {},
      (error) => ends.push(error),
    );
    const [sub, otherSub] = latest().sent;
    expect(sub).toMatchObject({ t: 'sub', channel: 'journal.watch', input: {} });

    latest().receive({ t: 'ev', id: sub!.id, event: { id: 'j1' } });
    latest().receive({ t: 'ev', id: otherSub!.id, event: { id: 'not for journal' } });
    expect(events).toEqual([{ id: 'j1' }]);

    stop();
    expect(latest().sent.at(-1)).toEqual({ t: 'unsub', id: sub!.id });
    latest().receive({ t: 'ev', id: sub!.id, event: { id: 'after stop' } });
    expect(events).toEqual([{ id: 'j1' }]);

    const failure = { code: 'Internal', message: 'watcher died', retryable: true };
    latest().receive({ t: 'end', id: otherSub!.id, error: failure });
    expect(ends).toEqual([failure]);
    other();
    expect(latest().sent.filter((message) => message.t === 'unsub')).toHaveLength(1);
  });

  it('fails requests in flight with Disconnected on a drop, reconnects with backoff, and re-subscribes open streams', async () => {
    const { bridge, sockets, scheduler, statuses, latest } = setup();
    latest().open();
    const events: unknown[] = [];
    bridge.subscribe(
      'session.watch',
      {},
      (event) => events.push(event),
      () => {},
    );
    const inFlight = bridge.request('journal.list', { limit: 5 });

    latest().drop();
    const answer = (await inFlight) as Extract<Envelope, { ok: false }>;
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('Disconnected');
    expect(answer.error.retryable).toBe(true);
    expect(bridge.status()).toBe('reconnecting');

    // The first retry comes quickly, later ones back off.
    expect(scheduler.pending().map((timer) => timer.ms)).toEqual([reconnectDelay(0)]);
    scheduler.fireAll();
    expect(sockets).toHaveLength(2);
    latest().drop();
    expect(scheduler.pending().map((timer) => timer.ms)).toEqual([reconnectDelay(1)]);
    expect(reconnectDelay(1)).toBeGreaterThan(reconnectDelay(0));
    scheduler.fireAll();

    latest().open();
    expect(bridge.status()).toBe('open');
    expect(statuses).toEqual(['open', 'reconnecting', 'open']);
    const resub = latest().sent.find((message) => message.t === 'sub');
    expect(resub).toMatchObject({ channel: 'session.watch', input: {} });
    latest().receive({ t: 'ev', id: resub!.id, event: { profile: 'after-reconnect' } });
    expect(events).toEqual([{ profile: 'after-reconnect' }]);

    // A successful open resets the backoff.
    latest().drop();
    expect(scheduler.pending().map((timer) => timer.ms)).toEqual([reconnectDelay(0)]);
  });

  it('caps the backoff so a returning host is found within seconds', () => {
    expect(reconnectDelay(0)).toBe(250);
    expect(reconnectDelay(3)).toBe(2000);
    expect(reconnectDelay(50)).toBe(5000);
  });

  it('on close: fails pending requests, ends streams, stops reconnecting and refuses new work', async () => {
    const { bridge, scheduler, latest } = setup();
    latest().open();
    const pending = bridge.request('app.info', {});
    const ends: (ErrorEnvelope | undefined)[] = [];
    bridge.subscribe(
      'journal.watch',
      {},
      () => {},
      (error) => ends.push(error),
    );
    bridge.close();
    expect(latest().closedByClient).toBe(true);
    expect(((await pending) as Extract<Envelope, { ok: false }>).error.code).toBe('Disconnected');
    expect(ends.map((error) => error?.code)).toEqual(['Disconnected']);
    expect(scheduler.pending()).toEqual([]);
    expect(((await bridge.request('app.info', {})) as Extract<Envelope, { ok: false }>).error.code).toBe(
      'Disconnected',
    );
  });
});
