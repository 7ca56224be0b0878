import type { metricsRequests, metricsStreams } from '../../../../shared/contract/metrics';
import type { SessionClients } from '../../session/session-clients';
import type { AreaModule } from '../area-module';
import { alarmChart } from './alarm-chart';
import { apiDashboard } from './api-dashboard';
import { endpointDashboard } from './endpoint-dashboard';
import { loadBalancerDashboard } from './load-balancer-dashboard';

export interface MetricsAreaDeps {
  clients: SessionClients;
  now?: () => number;
}

/** CloudWatch metric charts: an endpoint's dashboard and an alarm's metric, one GetMetricData each. */
export function metricsArea(deps: MetricsAreaDeps): AreaModule<typeof metricsRequests, typeof metricsStreams> {
  const now = deps.now ?? Date.now;
  return {
    requests: {
      'metrics.endpoint': async (input, ctx) => {
        const clients = await deps.clients.current();
        return endpointDashboard({ sagemaker: clients.get('sagemaker'), cloudwatch: clients.get('cloudwatch'), now, signal: ctx.signal }, input.endpointName, input.range);
      },
      'metrics.alarm': async (input, ctx) => {
        const clients = await deps.clients.current();
        return alarmChart({ cloudwatch: clients.get('cloudwatch'), now, signal: ctx.signal }, input.name, input.range);
      },
      'metrics.api': async (input, ctx) =>
        apiDashboard({ cloudwatch: (await deps.clients.current()).get('cloudwatch'), now, signal: ctx.signal }, input.apiName, input.stageName, input.range),
      'metrics.loadBalancer': async (input, ctx) => {
        const clients = await deps.clients.current();
        return loadBalancerDashboard({ elbv2: clients.get('elbv2'), cloudwatch: clients.get('cloudwatch'), now, signal: ctx.signal }, input.arn, input.range);
      },
    },
    streams: {},
    dispose: () => undefined,
  };
}
