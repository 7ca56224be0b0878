/**
 * The real dispatcher (electron/core/rpc/dispatcher.ts) over canned handlers, so IPC tests see
 * genuine zod validation and envelopes, plus switches to drive the two streams by hand.
 */
import { vi } from 'vitest';
import { createDispatcher, type Dispatcher } from '../../../electron/core/rpc/dispatcher';
import type { RequestHandlers, StreamHandlers } from '../../../electron/core/rpc/handlers';
import { createMutationGate } from '../../../electron/core/rpc/mutation-gate';
import { REQUEST_CHANNELS, STREAM_CHANNELS, type StreamChannel } from '../../../shared/contract/channels';

export interface FakeStream {
  emit(event: unknown): void;
  end(error?: unknown): void;
  stopped: boolean;
}

export interface DispatcherHarness {
  dispatcher: Dispatcher;
  /** Spies on the real dispatcher's methods. */
  request: ReturnType<typeof vi.fn>;
  subscribe: ReturnType<typeof vi.fn>;
  /** Every stream the handlers started, in order. */
  streams: Array<FakeStream & { channel: StreamChannel }>;
}

const SETTINGS = { theme: 'system', productionProfiles: [] };

export function createDispatcherHarness(): DispatcherHarness {
  const streams: DispatcherHarness['streams'] = [];
  const stream =
    (channel: StreamChannel) => (_input: unknown, emit: (event: never) => void, end: (error?: unknown) => void) => {
      const entry = { channel, stopped: false, emit: (event: unknown) => emit(event as never), end };
      streams.push(entry);
      return () => {
        entry.stopped = true;
      };
    };

  // Every contract channel answers (so a channel added to the contract still binds); the ones
  // the tests look at have canned values. The casts keep those values short.
  const echo = Object.fromEntries(REQUEST_CHANNELS.map((channel) => [channel, async () => ({ channel })]));
  const handlers = {
    ...echo,
    'app.info': async () => ({ name: 'SageDeck', version: '0.0.0-test', host: 'electron' }),
    'profiles.list': async () => [],
    'session.current': async () => ({ profile: 'sandbox', region: 'us-east-1' }),
    'session.select': async (input: { profile: string; region?: string }) => ({
      profile: input.profile,
      region: input.region ?? 'us-east-1',
    }),
    'settings.get': async () => SETTINGS,
    'settings.update': async (patch: object) => ({ ...SETTINGS, ...patch }),
    'settings.reset': async () => SETTINGS,
    'journal.list': async (input: { limit: number }) => ({ limit: input.limit }),
  } as unknown as RequestHandlers;
  const streamHandlers = Object.fromEntries(
    STREAM_CHANNELS.map((channel) => [channel, stream(channel)]),
  ) as unknown as StreamHandlers;

  const real = createDispatcher({
    handlers,
    streams: streamHandlers,
    gate: createMutationGate({
      where: () => ({ profile: 'sandbox', region: 'us-east-1', production: false }),
      record: async () => {},
    }),
    sessionSignal: () => new AbortController().signal,
  });
  const request = vi.fn(real.request);
  const subscribe = vi.fn(real.subscribe);
  return { dispatcher: { request, subscribe, closeAll: real.closeAll }, request, subscribe, streams };
}
