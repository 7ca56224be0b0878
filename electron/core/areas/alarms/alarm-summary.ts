import type { MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { classifyResource, isAutoScalingAlarm } from '../../../../shared/domain/alarms-board';
import {
  ALARM_STATES,
  COMPARISON_OPERATORS,
  TREAT_MISSING_DATA,
  type AlarmMetric,
  type AlarmStateValue,
  type AlarmSummary,
  type ComparisonOperator,
  type TreatMissingData,
} from '../../../../shared/domain/alarms';

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined): T | undefined =>
  allowed.includes(value as T) ? (value as T) : undefined;

/** The single metric an alarm watches; absent for metric-math alarms, which SageDeck does not draw. */
function metricOf(alarm: MetricAlarm): AlarmMetric | undefined {
  const statistic = alarm.Statistic ?? alarm.ExtendedStatistic;
  if (!alarm.Namespace || !alarm.MetricName || !statistic) return undefined;
  const metric: AlarmMetric = {
    namespace: alarm.Namespace,
    metricName: alarm.MetricName,
    dimensions: (alarm.Dimensions ?? []).map((d) => ({ name: d.Name ?? '', value: d.Value ?? '' })),
    statistic,
    periodSeconds: alarm.Period ?? 60,
  };
  if (alarm.Unit) metric.unit = alarm.Unit;
  return metric;
}

/** DescribeAlarms' MetricAlarm as the board shows it. */
export function alarmSummary(alarm: MetricAlarm): AlarmSummary {
  const name = alarm.AlarmName ?? '';
  const metric = metricOf(alarm);
  // StateTransitionedTimestamp is the last change of state; StateUpdatedTimestamp also moves when
  // only the reason changes. Older endpoints send only the latter.
  const changedAt = alarm.StateTransitionedTimestamp ?? alarm.StateUpdatedTimestamp;
  const summary: AlarmSummary = {
    name,
    arn: alarm.AlarmArn ?? '',
    state: oneOf<AlarmStateValue>(ALARM_STATES, alarm.StateValue) ?? 'INSUFFICIENT_DATA',
    stateReason: alarm.StateReason ?? '',
    stateUpdatedAt: changedAt ? changedAt.toISOString() : '',
    actionsEnabled: alarm.ActionsEnabled ?? true,
    resource: classifyResource(alarm.Namespace, metric?.dimensions ?? []),
    alarmActions: alarm.AlarmActions ?? [],
    okActions: alarm.OKActions ?? [],
  };
  if (alarm.AlarmDescription) summary.description = alarm.AlarmDescription;
  if (metric) summary.metric = metric;
  if (alarm.Threshold !== undefined) summary.threshold = alarm.Threshold;
  const comparison = oneOf<ComparisonOperator>(COMPARISON_OPERATORS, alarm.ComparisonOperator);
  if (comparison) summary.comparison = comparison;
  if (alarm.EvaluationPeriods !== undefined) summary.evaluationPeriods = alarm.EvaluationPeriods;
  if (alarm.DatapointsToAlarm !== undefined) summary.datapointsToAlarm = alarm.DatapointsToAlarm;
  const treatMissingData = oneOf<TreatMissingData>(TREAT_MISSING_DATA, alarm.TreatMissingData);
  if (treatMissingData) summary.treatMissingData = treatMissingData;
  if (isAutoScalingAlarm(name, alarm.AlarmDescription)) summary.managedBy = 'autoscaling';
  return summary;
}
