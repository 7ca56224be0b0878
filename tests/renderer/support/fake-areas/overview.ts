import type { overviewRequests, overviewStreams } from '../../../../shared/contract/overview';
import type { PipelineOverview } from '../../../../shared/domain/overview';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

/** The demo seed's pipeline as core reads it: everything fine, one version awaiting approval. */
export function demoPipeline(overrides: Partial<PipelineOverview> = {}): PipelineOverview {
  return {
    readAt: '2026-11-26T12:00:00.000Z',
    data: { ok: true, value: { buckets: 2, unversioned: 1, unencrypted: 0, checked: 2 } },
    processing: {
      ok: true,
      value: {
        failedLast24h: 0,
        running: 0,
        lastRun: { name: 'churn-preprocess-2026-11-25', status: 'Completed', startedAt: '2026-11-25T02:00:00.000Z', endedAt: '2026-11-25T02:03:45.000Z' },
        nextScheduledRun: { schedule: 'churn-nightly-preprocess', at: '2026-11-27T02:00:00.000Z' },
      },
    },
    training: { ok: true, value: { running: 1, failedLast24h: 0, lastRun: { name: 'churn-xgb-2026-11-26-1157-021', status: 'InProgress', startedAt: '2026-11-26T11:57:00.000Z' } } },
    registry: { ok: true, value: { pendingApproval: 1, groups: 1 } },
    endpoints: { ok: true, value: { endpoints: [{ name: 'churn-prod', status: 'InService', instances: 2, maxInstances: 4, deploymentInProgress: false }] } },
    alarms: { ok: true, value: { inAlarm: [], total: 5 } },
    serving: {
      ok: true,
      value: {
        apis: [{ id: 'a1b2c3d4e5', name: 'churn-api', serves: ['churn-prod'] }],
        loadBalancers: [{ name: 'churn-internal-alb', state: 'active', health: { healthy: 3, unhealthy: 0, other: 0 }, serves: 'churn-prod' }],
      },
    },
    ...overrides,
  };
}

/**
 * overview.pipeline: answers `pipeline` as it is when asked (set it, or one stage of it, between
 * reads). Test controls (failNext, hold, callsTo) come from the FakeCore around it.
 */
export class FakeOverview {
  pipeline: PipelineOverview = demoPipeline();

  readonly requests: RequestHandlersOf<typeof overviewRequests> = {
    'overview.pipeline': async () => structuredClone(this.pipeline),
  };
  readonly streams: StreamHandlersOf<typeof overviewStreams> = {};
}
