import type { metricsRequests, metricsStreams } from '../../../../shared/contract/metrics';
import { SageDeckError } from '../../../../shared/errors';
import type { RequestHandlersOf, StreamHandlersOf } from '../../../../electron/core/rpc/handlers';

// WORK IN PROGRESS (issue 11): the in-memory metrics fake replaces these.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'Metrics are being built.', retryable: false });
};

export class FakeMetrics {
  readonly requests: RequestHandlersOf<typeof metricsRequests> = { 'metrics.endpoint': notBuilt, 'metrics.alarm': notBuilt };
  readonly streams: StreamHandlersOf<typeof metricsStreams> = {};
}
