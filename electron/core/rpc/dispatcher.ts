import { isRequestChannel, isStreamChannel } from '../../../shared/contract/channels';
import { isSessionScoped, mutationOf, requests, streams, type RequestMeta } from '../../../shared/contract';
import type { Envelope } from '../../../shared/bridge';
import { ErrorCodes, type ErrorEnvelope } from '../../../shared/errors';
import type { RequestHandlers, StreamHandlers } from './handlers';
import { toErrorEnvelope } from './errors';
import type { MutationGate } from './mutation-gate';

export interface StreamSink {
  event(event: unknown): void;
  end(error?: ErrorEnvelope): void;
}

/**
 * The one entry point every host (Electron IPC, web socket, CLI) calls. It validates the input
 * with the contract's schema, sends mutations through the gate (confirmation + journal), and
 * always answers with an envelope: nothing thrown escapes to a host.
 */
export interface Dispatcher {
  request(channel: string, input: unknown, meta?: RequestMeta): Promise<Envelope>;
  subscribe(channel: string, input: unknown, sink: StreamSink): () => void;
  /** Stops every open stream (window closed, socket gone, host shutting down). */
  closeAll(): void;
}

export interface DispatcherDeps {
  handlers: RequestHandlers;
  streams: StreamHandlers;
  gate: MutationGate;
  /** The current session's abort signal: switching sessions aborts in-flight work. */
  sessionSignal: () => AbortSignal;
}

/**
 * A stream of the session's resources ends when the session switches, with the switch as its
 * reason, so no handler can keep polling the old account.
 */
function endWithSession(signal: AbortSignal, finish: (error?: unknown) => void): () => void {
  const onAbort = () => finish(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  return () => signal.removeEventListener('abort', onAbort);
}

export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const open = new Set<() => void>();

  return {
    async request(channel, input, meta = {}) {
      if (!isRequestChannel(channel)) {
        return { ok: false, error: { code: ErrorCodes.UnknownChannel, message: `Unknown request: ${channel}`, retryable: false } };
      }
      try {
        const parsed = requests[channel].input.parse(input ?? {});
        const handler = deps.handlers[channel] as (input: unknown, ctx: { signal: AbortSignal }) => Promise<unknown>;
        const ctx = { signal: deps.sessionSignal() };
        const mutation = mutationOf(channel);
        const result = mutation
          ? await deps.gate.run({ channel, mutation, input: parsed, meta }, () => handler(parsed, ctx))
          : await handler(parsed, ctx);
        return { ok: true, result };
      } catch (error) {
        return { ok: false, error: toErrorEnvelope(error) };
      }
    },

    subscribe(channel, input, sink) {
      if (!isStreamChannel(channel)) {
        sink.end({ code: ErrorCodes.UnknownChannel, message: `Unknown stream: ${channel}`, retryable: false });
        return () => {};
      }
      let stopped = false;
      let stopHandler: () => void = () => {};
      const finish = (error?: unknown) => {
        if (stopped) return;
        stopped = true;
        open.delete(cancel);
        stopHandler();
        sink.end(error === undefined ? undefined : toErrorEnvelope(error));
      };
      const cancel = () => {
        if (stopped) return;
        stopped = true;
        open.delete(cancel);
        stopHandler();
      };
      try {
        const parsed = streams[channel].input.parse(input ?? {});
        const start = deps.streams[channel] as (
          input: unknown,
          emit: (event: unknown) => void,
          end: (error?: unknown) => void,
          ctx: { signal: AbortSignal },
        ) => () => void;
        open.add(cancel);
        const signal = deps.sessionSignal();
        stopHandler = start(
          parsed,
          (event) => {
            if (!stopped) sink.event(event);
          },
          finish,
          { signal },
        );
        if (stopped) stopHandler();
        else if (isSessionScoped(channel)) {
          // Removed with the handler's own stop: a closed stream leaves no listener on the session signal.
          const handlerStop = stopHandler;
          const stopListening = endWithSession(signal, finish);
          stopHandler = () => {
            stopListening();
            handlerStop();
          };
          if (signal.aborted) finish(signal.reason);
        }
      } catch (error) {
        finish(error);
      }
      return cancel;
    },

    closeAll() {
      for (const cancel of [...open]) cancel();
    },
  };
}
