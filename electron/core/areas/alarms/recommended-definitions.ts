import type { PutMetricAlarmInput, StandardUnit, Statistic } from '@aws-sdk/client-cloudwatch';
import type { AlarmMetric, ComparisonOperator, RecommendedAlarm, RecommendedAlarmKind, TreatMissingData } from '../../../../shared/domain/alarms';
import { vcpusOf } from './instance-vcpus';

export interface VariantInfo {
  name: string;
  instanceType?: string;
  /** Serverless variants publish no instance metrics (no CPU alarm for them). */
  serverless: boolean;
}

interface KindSpec {
  suffix: string;
  namespace: string;
  metricName: string;
  statistic: string;
  unit?: StandardUnit;
  comparison: ComparisonOperator;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
  thresholdUnit: string;
  /** From the unit the user types to the unit AWS publishes the metric in. */
  toMetricUnit(threshold: number): number;
  defaultThreshold(variant: VariantInfo): number;
  describe(where: string, threshold: number, variant: VariantInfo): string;
}

const STANDARD_STATISTICS: readonly string[] = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'];
const PERIOD_SECONDS = 60;
const same = (threshold: number) => threshold;

/**
 * The four alarms SageDeck recommends per variant. All on one-minute periods, "3 of 5" unless
 * said otherwise, so one bad minute does not page anyone.
 *
 * - latencyP99: AWS publishes ModelLatency in microseconds; the user types milliseconds.
 * - errors5xx: a count (Sum of Invocation5XXErrors ≥ N a minute), not a rate. A rate needs either
 *   metric math or the Average of SageMaker's 0/1-per-request datapoints, which is only a rate
 *   where the publisher sends one datapoint per request; a count means the same everywhere and at
 *   low traffic does not page on 1 error out of 2 requests.
 * - zeroInvocations: no traffic means no datapoints at all, so missing data is breaching.
 * - cpu: /aws/sagemaker/Endpoints CPUUtilization is the sum over the instance's vCPUs (0–100 % each,
 *   so 0–400 % on 4 vCPUs): the default is 80 % of every vCPU, i.e. 80 × vCPUs.
 */
export const RECOMMENDED_SPECS: Record<RecommendedAlarmKind, KindSpec> = {
  latencyP99: {
    suffix: 'model-latency-p99',
    namespace: 'AWS/SageMaker',
    metricName: 'ModelLatency',
    statistic: 'p99',
    unit: 'Microseconds',
    comparison: 'GreaterThanThreshold',
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    treatMissingData: 'notBreaching',
    thresholdUnit: 'ms',
    toMetricUnit: (ms) => ms * 1000,
    defaultThreshold: () => 500,
    describe: (where, ms) => `p99 model latency of ${where} above ${ms} ms in 3 of 5 minutes (ModelLatency is published in microseconds: ${ms * 1000} µs).`,
  },
  errors5xx: {
    suffix: '5xx-errors',
    namespace: 'AWS/SageMaker',
    metricName: 'Invocation5XXErrors',
    statistic: 'Sum',
    comparison: 'GreaterThanOrEqualToThreshold',
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    treatMissingData: 'notBreaching',
    thresholdUnit: 'errors per minute',
    toMetricUnit: same,
    defaultThreshold: () => 5,
    describe: (where, count) => `${where} answered ${count} or more 5XX errors a minute in 3 of 5 minutes.`,
  },
  zeroInvocations: {
    suffix: 'zero-invocations',
    namespace: 'AWS/SageMaker',
    metricName: 'Invocations',
    statistic: 'Sum',
    comparison: 'LessThanOrEqualToThreshold',
    evaluationPeriods: 5,
    datapointsToAlarm: 5,
    treatMissingData: 'breaching',
    thresholdUnit: 'invocations per minute',
    toMetricUnit: same,
    defaultThreshold: () => 0,
    describe: (where, count) =>
      `${where} received ${count === 0 ? 'no requests' : `${count} or fewer requests a minute`} for 5 minutes in a row (no traffic sends no datapoints, so missing data counts as breaching).`,
  },
  cpu: {
    suffix: 'cpu-utilization',
    namespace: '/aws/sagemaker/Endpoints',
    metricName: 'CPUUtilization',
    statistic: 'Average',
    unit: 'Percent',
    comparison: 'GreaterThanThreshold',
    evaluationPeriods: 5,
    datapointsToAlarm: 3,
    treatMissingData: 'missing',
    thresholdUnit: '%',
    toMetricUnit: same,
    defaultThreshold: (variant) => 80 * (vcpusOf(variant.instanceType) ?? 1),
    describe: (where, percent, variant) => {
      const vcpus = vcpusOf(variant.instanceType);
      const scale = vcpus
        ? `CPUUtilization is summed over the ${vcpus} vCPUs of ${variant.instanceType} (0–${vcpus * 100} %), so ${percent} % is ${Math.round(percent / vcpus)} % of each`
        : 'CPUUtilization is summed over the instance’s vCPUs (100 % per vCPU)';
      return `Average CPU of ${where}'s instances above ${percent} % in 3 of 5 minutes. ${scale}.`;
    },
  },
};

/** Stable default names, variant included even on a one-variant endpoint so adding a variant renames nothing. */
export function recommendedName(endpointName: string, variantName: string, kind: RecommendedAlarmKind): string {
  return `${endpointName}-${variantName}-${RECOMMENDED_SPECS[kind].suffix}`;
}

function metricOf(endpointName: string, variantName: string, spec: KindSpec): AlarmMetric {
  const metric: AlarmMetric = {
    namespace: spec.namespace,
    metricName: spec.metricName,
    dimensions: [
      { name: 'EndpointName', value: endpointName },
      { name: 'VariantName', value: variantName },
    ],
    statistic: spec.statistic,
    periodSeconds: PERIOD_SECONDS,
  };
  if (spec.unit) metric.unit = spec.unit;
  return metric;
}

/** The recommendations for one variant (`exists` filled in by the caller). */
export function recommendationsFor(endpointName: string, variant: VariantInfo): Omit<RecommendedAlarm, 'exists'>[] {
  const kinds = (Object.keys(RECOMMENDED_SPECS) as RecommendedAlarmKind[]).filter((kind) => kind !== 'cpu' || !variant.serverless);
  return kinds.map((kind) => {
    const spec = RECOMMENDED_SPECS[kind];
    const threshold = spec.defaultThreshold(variant);
    return {
      kind,
      variantName: variant.name,
      name: recommendedName(endpointName, variant.name, kind),
      description: spec.describe(`${endpointName}/${variant.name}`, threshold, variant),
      metric: metricOf(endpointName, variant.name, spec),
      comparison: spec.comparison,
      defaultThreshold: threshold,
      thresholdUnit: spec.thresholdUnit,
      evaluationPeriods: spec.evaluationPeriods,
      datapointsToAlarm: spec.datapointsToAlarm,
      treatMissingData: spec.treatMissingData,
    };
  });
}

export interface ChosenAlarm {
  kind: RecommendedAlarmKind;
  variantName: string;
  name: string;
  /** In the recommendation's `thresholdUnit`. */
  threshold: number;
}

/** The PutMetricAlarm request of a chosen recommendation, threshold converted to the metric's unit. */
export function recommendedDefinition(endpointName: string, chosen: ChosenAlarm, variant: VariantInfo, snsTopicArn?: string): PutMetricAlarmInput {
  const spec = RECOMMENDED_SPECS[chosen.kind];
  const metric = metricOf(endpointName, chosen.variantName, spec);
  const definition: PutMetricAlarmInput = {
    AlarmName: chosen.name,
    AlarmDescription: spec.describe(`${endpointName}/${chosen.variantName}`, chosen.threshold, variant),
    Namespace: metric.namespace,
    MetricName: metric.metricName,
    Dimensions: metric.dimensions.map((d) => ({ Name: d.name, Value: d.value })),
    ...(STANDARD_STATISTICS.includes(spec.statistic) ? { Statistic: spec.statistic as Statistic } : { ExtendedStatistic: spec.statistic }),
    Period: PERIOD_SECONDS,
    EvaluationPeriods: spec.evaluationPeriods,
    DatapointsToAlarm: spec.datapointsToAlarm,
    Threshold: spec.toMetricUnit(chosen.threshold),
    ComparisonOperator: spec.comparison,
    TreatMissingData: spec.treatMissingData,
  };
  if (spec.unit) definition.Unit = spec.unit;
  if (snsTopicArn) {
    definition.AlarmActions = [snsTopicArn];
    definition.OKActions = [snsTopicArn];
  }
  return definition;
}
