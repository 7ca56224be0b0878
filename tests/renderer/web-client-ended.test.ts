import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/bridge';
import type { ErrorEnvelope } from '../../shared/errors';
import { createWebBridge, type ConnectionStatus } from '../../renderer/src/bridge/web-client';
import { FakeSocket, ManualScheduler } from './support/fake-socket';

/** A fetch the test answers by hand, recording what the client asked for. */
class FakeFetch {
  readonly calls: { url: string; init: RequestInit; answer: (status: number) => void; fail: () => void }[] = [];

  readonly fetch = (url: string, init: RequestInit) =>
    new Promise<{ status: number }>((resolve, reject) => {
      this.calls.push({
        url,
        init,
        answer: (status) => resolve({ status }),
        fail: () => reject(new TypeError('Failed to fetch')),
      });
    });
}

function setup() {
  const sockets: FakeSocket[] = [];
  const scheduler = new ManualScheduler();
  const probe = new FakeFetch();
  const bridge = createWebBridge({
    url: 'ws://127.0.0.1:4000/rpc',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    schedule: scheduler.schedule,
    fetch: probe.fetch,
  });
  const statuses: ConnectionStatus[] = [];
  bridge.onStatus((status) => statuses.push(status));
  const latest = () => sockets.at(-1)!;
  return { bridge, sockets, scheduler, probe, statuses, latest };
}

/** Lets the probe's promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('web client when the host restarts', () => {
  it('does not probe on the drop itself, only after a reconnect attempt fails', () => {
    const { scheduler, probe, latest } = setup();
    latest().open();
    latest().drop();
    expect(probe.calls).toHaveLength(0);
    scheduler.fireAll();
    latest().drop();
    expect(probe.calls).toHaveLength(1);
    expect(probe.calls[0]!.url).toBe('/');
    expect(probe.calls[0]!.init).toMatchObject({ cache: 'no-store', redirect: 'manual' });
  });

  it('a 401 from the page means the session ended: stops reconnecting, ends streams, refuses new work', async () => {
    const { bridge, sockets, scheduler, probe, statuses, latest } = setup();
    latest().open();
    const ends: (ErrorEnvelope | undefined)[] = [];
    bridge.subscribe(
      'session.watch',
      {},
      () => {},
      (error) => ends.push(error),
    );
    latest().drop();
    scheduler.fireAll();
    latest().drop();

    probe.calls[0]!.answer(401);
    await settle();
    expect(bridge.status()).toBe('ended');
    expect(statuses).toEqual(['open', 'reconnecting', 'ended']);
    expect(scheduler.pending()).toEqual([]);
    expect(ends.map((error) => error?.code)).toEqual(['Disconnected']);
    expect(ends[0]!.message).toMatch(/SAGEDECK READY/);

    const refused = (await bridge.request('app.info', {})) as Extract<Envelope, { ok: false }>;
    expect(refused.error.message).toMatch(/session has ended/);
    // Closing the page later does not hide why it stopped.
    bridge.close();
    expect(bridge.status()).toBe('ended');
    expect(sockets).toHaveLength(2);
  });

  it('a network error means the host is down: keeps backing off and reconnects when it is back', async () => {
    const { bridge, sockets, scheduler, probe, latest } = setup();
    latest().open();
    latest().drop();
    scheduler.fireAll();
    latest().drop();
    probe.calls[0]!.fail();
    await settle();
    expect(bridge.status()).toBe('reconnecting');
    expect(scheduler.pending()).toHaveLength(1);

    scheduler.fireAll();
    latest().drop();
    probe.calls[1]!.fail();
    await settle();
    expect(bridge.status()).toBe('reconnecting');

    scheduler.fireAll();
    latest().open();
    expect(bridge.status()).toBe('open');
    expect(sockets).toHaveLength(4);
  });

  it('a late 401 does not end a connection that has come back in the meantime', async () => {
    const { bridge, scheduler, probe, latest } = setup();
    latest().open();
    latest().drop();
    scheduler.fireAll();
    latest().drop();
    scheduler.fireAll();
    latest().open();
    probe.calls[0]!.answer(401);
    await settle();
    expect(bridge.status()).toBe('open');
  });
});
