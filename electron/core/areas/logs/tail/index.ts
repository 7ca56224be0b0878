import { randomUUID } from 'node:crypto';
import type { logsStreams } from '../../../../../shared/contract/logs';
import type { Disposable } from '../../../lifecycle/disposables';
import type { StreamHandlersOf } from '../../../rpc/handlers';
import { realTimers } from '../../../watch/timers';
import type { LogsAreaDeps, LogsRequestHandlers } from '../deps';
import { olderEvents, searchPage } from './past';
import { resolveTarget } from './targets';
import { UpstreamRegistry } from './upstream-registry';
import { Viewer } from './viewer';

/** A tail without `since` starts a minute back, so the lines that made someone open it are there. */
const DEFAULT_LOOKBACK_MS = 60_000;
const UPSTREAM_LOOKBACK_MS = 10_000;

/** Live tails (Live Tail or polling), their flow control, and reads of the past. */
export function tailArea(deps: LogsAreaDeps): Disposable & {
  requests: Pick<LogsRequestHandlers, 'logs.ack' | 'logs.search' | 'logs.older'>;
  streams: StreamHandlersOf<typeof logsStreams>;
} {
  const now = deps.now ?? Date.now;
  const timers = deps.timers ?? realTimers;
  const upstreams = new UpstreamRegistry();
  const viewers = new Map<string, Viewer>();
  const logs = async (purpose: 'interactive' | 'polling') => (await deps.clients.current()).get('logs', purpose);

  return {
    requests: {
      // An ack for a tail that has ended is harmless: nothing waits for it any more.
      'logs.ack': async (input) => {
        viewers.get(input.tailId)?.ack(input.seq);
        return { ok: true };
      },
      'logs.search': async (input, ctx) => searchPage(await logs('interactive'), resolveTarget(input.target), input, ctx.signal),
      'logs.older': async (input, ctx) => olderEvents(await logs('interactive'), resolveTarget(input.target), input, ctx.signal),
    },
    streams: {
      'logs.tail': (input, emit, end) => {
        const tailId = randomUUID();
        const resolved = resolveTarget(input.target);
        const since = input.since ?? now() - DEFAULT_LOOKBACK_MS;
        const forcePolling = input.source === 'polling';
        const filterPattern = input.filterPattern || undefined;
        const viewer = new Viewer({
          tailId,
          resolved,
          since,
          ...(filterPattern ? { filterPattern } : {}),
          logs: () => logs('polling'),
          timers,
          emit,
          end,
        });
        viewers.set(tailId, viewer);
        const key = JSON.stringify([deps.session.current().generation, input.target, filterPattern ?? '', forcePolling]);
        const { upstream, detach } = upstreams.attach(
          key,
          () => ({
            target: input.target,
            resolved,
            ...(filterPattern ? { filterPattern } : {}),
            forcePolling,
            // Polling and resumes start here until an event is seen. Each viewer backfills its own
            // `since`; the upstream only covers producers' clocks and agents' flush delays (the
            // CloudWatch agent flushes every 5 s), which is within the viewers' dedupe window.
            startAt: Math.max(since, now() - UPSTREAM_LOOKBACK_MS),
            logs: () => logs('polling'),
            sagemaker: async () => (await deps.clients.current()).get('sagemaker', 'polling'),
            timers,
            now,
          }),
          viewer,
        );
        viewer.start(upstream, () => {
          detach();
          viewers.delete(tailId);
        });
        return () => viewer.stop();
      },
    },
    dispose: () => {
      for (const viewer of [...viewers.values()]) viewer.stop();
      upstreams.dispose();
    },
  };
}
