import { describe, expect, it } from 'vitest';
import { createConnection, MAX_STREAMS_PER_CONNECTION } from '../../../electron/core/rpc/connection';
import type { Dispatcher, StreamSink } from '../../../electron/core/rpc/dispatcher';
import type { ServerMessage } from '../../../shared/bridge';

/** A dispatcher that records what reaches it: the connection's checks must stop bad input before. */
function recordingDispatcher() {
  const requests: unknown[][] = [];
  const sinks = new Map<string, StreamSink>();
  let cancelled = 0;
  const dispatcher: Dispatcher = {
    async request(channel, input, meta) {
      requests.push([channel, input, meta]);
      return { ok: true, result: { channel } };
    },
    subscribe(channel, input, sink) {
      sinks.set(JSON.stringify(input), sink);
      return () => {
        cancelled += 1;
      };
    },
    closeAll: () => undefined,
  };
  return { dispatcher, requests, sinks, cancelled: () => cancelled };
}

function connect(maxStreams?: number) {
  const fake = recordingDispatcher();
  const sent: ServerMessage[] = [];
  const connection = createConnection(fake.dispatcher, (message) => sent.push(message), maxStreams);
  return { ...fake, sent, connection };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('connection server', () => {
  const badMeta: [string, unknown, string][] = [
    ['a string', 'confirmed', 'meta'],
    ['an array', [true], 'meta'],
    ['null', null, 'meta'],
    ['confirmed as text', { confirmed: 'yes' }, 'meta.confirmed'],
    ['a typed name as a number', { confirmed: true, typedConfirmation: 42 }, 'meta.typedConfirmation'],
  ];

  it.each(badMeta)('refuses meta that is %s the same way by direct call (IPC) and by message (WebSocket)', async (_what, meta, field) => {
    const { connection, requests, sent } = connect();
    const direct = await connection.request('jobs.stop', { kind: 'training', name: 'a' }, meta);
    expect(connection.receive(JSON.stringify({ t: 'req', id: 7, channel: 'jobs.stop', input: { kind: 'training', name: 'a' }, meta }))).toBe(true);
    await settle();
    expect(direct).toEqual({ ok: false, error: { code: 'InvalidInput', message: 'The request options are not valid.', retryable: false, fields: { [field]: expect.any(String) } } });
    expect(sent).toEqual([{ t: 'res', id: 7, envelope: direct }]);
    expect(requests).toEqual([]);
  });

  it('passes good meta on with unknown keys dropped', async () => {
    const { connection, requests } = connect();
    await connection.request('jobs.stop', {}, { confirmed: true, typedConfirmation: 'a', sneaky: 'x' });
    expect(requests).toEqual([['jobs.stop', {}, { confirmed: true, typedConfirmation: 'a' }]]);
  });

  it('ignores what is not a message at all', () => {
    const { connection, requests, sinks } = connect();
    for (const raw of ['not json', '[]', '{"t":"req","id":-1,"channel":"a"}', '{"t":"sub","id":1.5,"channel":"a"}', '{"t":"req","id":1,"channel":5}', '{"t":"boom","id":1}'])
      expect(connection.receive(raw), raw).toBe(false);
    expect(requests).toEqual([]);
    expect(sinks.size).toBe(0);
  });

  it('caps the streams one client may hold open', () => {
    expect(MAX_STREAMS_PER_CONNECTION).toBe(256);
    const { connection, sent, sinks } = connect(3);
    for (let id = 1; id <= 4; id += 1) connection.open(id, 'jobs.watch', { n: id });
    expect(connection.openCount).toBe(3);
    expect(sinks.size).toBe(3);
    expect(sent).toEqual([{ t: 'end', id: 4, error: expect.objectContaining({ code: 'InvalidInput', message: expect.stringContaining('Too many open streams (3)') }) }]);
    // Closing one makes room again.
    connection.close(2);
    connection.open(5, 'jobs.watch', { n: 5 });
    expect(connection.openCount).toBe(3);
  });

  it('refuses a duplicate stream id without touching the stream already open under it', () => {
    const { connection, sent, cancelled, sinks } = connect();
    connection.open(1, 'jobs.watch', { n: 1 });
    connection.open(1, 'jobs.watch', { n: 2 });
    expect(sent).toEqual([{ t: 'end', id: 1, error: expect.objectContaining({ message: 'Stream 1 is already open.' }) }]);
    expect(connection.openCount).toBe(1);
    expect(cancelled()).toBe(0);
    sinks.get('{"n":1}')!.event('still flowing');
    expect(sent.at(-1)).toEqual({ t: 'ev', id: 1, event: 'still flowing' });
  });

  it('forgets a stream the dispatcher ended, and closeAll cancels every open one once', () => {
    const { connection, sent, cancelled, sinks } = connect();
    for (let id = 1; id <= 3; id += 1) connection.open(id, 'jobs.watch', { n: id });
    sinks.get('{"n":2}')!.end({ code: 'Cancelled', message: 'The session was switched.', retryable: true });
    expect(sent.at(-1)).toMatchObject({ t: 'end', id: 2, error: { code: 'Cancelled' } });
    expect(connection.openCount).toBe(2);
    connection.closeAll();
    expect(cancelled()).toBe(2);
    expect(connection.openCount).toBe(0);
    connection.closeAll();
    connection.close(1);
    expect(cancelled()).toBe(2);
  });
});
