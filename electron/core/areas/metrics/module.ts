import type { metricsRequests, metricsStreams } from '../../../../shared/contract/metrics';
import { SageDeckError } from '../../../../shared/errors';
import type { SessionClients } from '../../session/session-clients';
import type { AreaModule } from '../area-module';

export interface MetricsAreaDeps {
  clients: SessionClients;
  now?: () => number;
}

// WORK IN PROGRESS (issue 11): replaced by the real handlers before this lands.
const notBuilt = (): never => {
  throw new SageDeckError({ code: 'Internal', message: 'Metrics are being built.', retryable: false });
};

/** CloudWatch metric charts: an endpoint's dashboard and an alarm's metric, one GetMetricData each. */
export function metricsArea(_deps: MetricsAreaDeps): AreaModule<typeof metricsRequests, typeof metricsStreams> {
  return {
    requests: { 'metrics.endpoint': notBuilt, 'metrics.alarm': notBuilt },
    streams: {},
    dispose: () => undefined,
  };
}
