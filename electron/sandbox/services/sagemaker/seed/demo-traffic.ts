import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { ServiceEnv, Where } from '../../../types';
import type { TrafficGenerator } from '../traffic/generator';

/** Peak requests per minute on churn-prod: about 650 per instance on two instances at 15:00 UTC. */
export const DEMO_PEAK_RATE = 1300;
const BACKFILL_MINUTES = 60;

/** churn-prod is busy from the start, with the last hour of traffic already in its metrics. */
export function seedDemoTraffic(traffic: TrafficGenerator, where: Where): void {
  traffic.start(where, 'churn-prod', DEMO_PEAK_RATE);
  traffic.backfill(where, 'churn-prod', BACKFILL_MINUTES);
}

const dimensions = [
  { Name: 'EndpointName', Value: 'churn-prod' },
  { Name: 'VariantName', Value: 'AllTraffic' },
];

/** The alarms an on-call engineer would have on churn-prod (also the canary's rollback alarms). */
export const DEMO_ALARMS: PutMetricAlarmInput[] = [
  {
    AlarmName: 'churn-prod-model-latency-p99',
    AlarmDescription: 'p99 model latency of churn-prod above 100 ms for 3 of 5 minutes',
    Namespace: 'AWS/SageMaker',
    MetricName: 'ModelLatency',
    Dimensions: dimensions,
    ExtendedStatistic: 'p99',
    Period: 60,
    EvaluationPeriods: 5,
    DatapointsToAlarm: 3,
    Threshold: 100_000,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
    Unit: 'Microseconds',
  },
  {
    AlarmName: 'churn-prod-5xx-errors',
    AlarmDescription: 'churn-prod answered 5 or more 5XX errors in a minute',
    Namespace: 'AWS/SageMaker',
    MetricName: 'Invocation5XXErrors',
    Dimensions: dimensions,
    Statistic: 'Sum',
    Period: 60,
    EvaluationPeriods: 2,
    DatapointsToAlarm: 1,
    Threshold: 5,
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    TreatMissingData: 'notBreaching',
  },
  {
    AlarmName: 'churn-prod-invocations-low',
    AlarmDescription: 'churn-prod received fewer than 100 requests in 5 minutes, three times in a row: is the caller down?',
    Namespace: 'AWS/SageMaker',
    MetricName: 'Invocations',
    Dimensions: dimensions,
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 3,
    Threshold: 100,
    ComparisonOperator: 'LessThanThreshold',
    TreatMissingData: 'breaching',
  },
];

/** Through bus.alarms when CloudWatch is served (read now: every module is built before seeding). */
export function seedDemoAlarms(env: ServiceEnv, where: Where): void {
  for (const alarm of DEMO_ALARMS) env.bus.alarms?.put(where, alarm);
}
