import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/core/rpc/dispatcher';
import type { RequestHandlers, StreamHandlers } from '../../../electron/core/rpc/handlers';
import { createMutationGate } from '../../../electron/core/rpc/mutation-gate';
import { SageDeckError, type ErrorEnvelope } from '../../../shared/errors';

describe('streams and session switches', () => {
  it('a stream handler gets the session signal, so a session-bound stream can end on a switch', () => {
    const controller = new AbortController();
    const streams = {
      // Stands in for a session-bound stream (a log tail): it ends when its session's signal aborts.
      'journal.watch': (_input, _emit, end, ctx) => {
        const onAbort = () => end(ctx.signal.reason);
        ctx.signal.addEventListener('abort', onAbort, { once: true });
        return () => ctx.signal.removeEventListener('abort', onAbort);
      },
    } as Partial<StreamHandlers> as StreamHandlers;
    const dispatcher = createDispatcher({
      handlers: {} as RequestHandlers,
      streams,
      gate: createMutationGate({ where: () => ({ profile: 'p', region: 'r', production: false }), record: async () => undefined }),
      sessionSignal: () => controller.signal,
    });
    const ended: (ErrorEnvelope | undefined)[] = [];
    dispatcher.subscribe('journal.watch', {}, { event: () => undefined, end: (error) => ended.push(error) });
    expect(ended).toEqual([]);
    // What SessionManager.select aborts the old session with.
    controller.abort(new SageDeckError({ code: 'Cancelled', message: 'The session was switched.', retryable: true }));
    expect(ended).toEqual([{ code: 'Cancelled', message: 'The session was switched.', retryable: true }]);
  });
});
