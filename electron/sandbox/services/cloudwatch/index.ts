import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { AlarmRegistry, MetricSink, OperationHandler, ServiceDefinition, ServiceModuleFactory } from '../../types';
import { parseAlarmDefinition } from './alarm-definition';
import { alarmOperations, deleteAlarms, putAlarm } from './alarm-operations';
import { AlarmStore } from './alarm-store';
import { jsonError } from './errors';
import { AlarmEvaluator } from './evaluator';
import { getMetricDataOperation, getMetricStatisticsOperation, listMetricsOperation } from './metric-read';
import { MetricStore } from './metric-store';
import { busDatumContribution, busDimensions, putMetricDataOperation } from './put-metric-data';
import { queryCompatible } from './query-output';
import { alarmTagSource } from './tag-source';
import { registerTagSource } from '../tagging/directory';

const XML_NAMESPACE = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

interface Snapshot {
  metrics: unknown;
  alarms: unknown;
}

/**
 * CloudWatch metrics and alarms: one state served twice, as awsJson1_0 (the current SDK, query
 * compatible) and awsQuery (the AWS CLI 2.9). Also the bus's MetricSink (SageMaker publishes
 * endpoint metrics) and AlarmRegistry (Auto Scaling's alarms, deployments' rollback alarms).
 */
export const createCloudWatchModule: ServiceModuleFactory = (env) => {
  const metrics = new MetricStore();
  const alarms = new AlarmStore();
  const evaluator = new AlarmEvaluator(env.clock, alarms, metrics);

  const sink: MetricSink = {
    put(where, datum) {
      const now = env.clock.now();
      const metric = { namespace: datum.namespace, metricName: datum.metricName, dimensions: busDimensions(datum.dimensions), unit: datum.unit ?? 'None' };
      metrics.put(where, metric, datum.timestamp, busDatumContribution(datum), now);
    },
  };
  const registry: AlarmRegistry = {
    state: (where, name) => alarms.get(where, name)?.state,
    put(where, alarm: PutMetricAlarmInput) {
      const { definition, tags } = parseAlarmDefinition({ ...alarm });
      putAlarm(alarms, evaluator, where, definition, tags, env.clock.now());
    },
    delete: (where, names) => deleteAlarms(alarms, where, names, env.clock.now()),
    onStateChange: (listener) => alarms.onStateChange(listener),
    view(where, name) {
      const alarm = alarms.get(where, name);
      return alarm ? evaluator.view(where, alarm, env.clock.now()) : undefined;
    },
  };
  env.bus.metrics = sink;
  env.bus.alarms = registry;
  registerTagSource(env.bus, alarmTagSource(alarms));

  const operations: Record<string, OperationHandler> = {
    PutMetricData: putMetricDataOperation(metrics),
    GetMetricStatistics: getMetricStatisticsOperation(metrics),
    GetMetricData: getMetricDataOperation(metrics),
    ListMetrics: listMetricsOperation(metrics),
    ...alarmOperations(alarms, evaluator),
  };

  const json: ServiceDefinition = {
    signingName: 'monitoring',
    protocol: 'awsJson1_0',
    targetPrefix: 'GraniteServiceVersion20100801',
    operations: Object.fromEntries(
      Object.entries(operations).map(([name, handler]): [string, OperationHandler] => [
        name,
        async (input, ctx) => {
          try {
            return await handler(input, ctx);
          } catch (error) {
            throw jsonError(error);
          }
        },
      ]),
    ),
    // One state, saved once: the query service shares it.
    snapshot: (): Snapshot => ({ metrics: metrics.snapshot(), alarms: alarms.snapshot() }),
    restore: (state) => {
      const saved = (state ?? {}) as Partial<Snapshot>;
      evaluator.stop();
      metrics.restore(saved.metrics);
      alarms.restore(saved.alarms);
      evaluator.ensureRunning();
    },
    reset: () => {
      evaluator.stop();
      metrics.reset();
      alarms.reset();
    },
  };
  const query: ServiceDefinition = {
    signingName: 'monitoring',
    protocol: 'awsQuery',
    apiVersion: '2010-08-01',
    xmlNamespace: XML_NAMESPACE,
    operations: queryCompatible(operations),
  };

  return { services: [json, query], dispose: () => evaluator.stop() };
};
