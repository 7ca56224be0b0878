import { PutMetricAlarmCommand, type CloudWatchClient, type MetricAlarm, type PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { UpdateAlarmInput } from '../../../../shared/contract/alarms';
import type { AlarmSummary } from '../../../../shared/domain/alarms';
import { describeNamed } from './alarm-listing';
import { alarmSummary } from './alarm-summary';
import { alarmNotFound, refuseManaged } from './managed-alarms';

const SNS_TOPIC = /^arn:aws[a-z-]*:sns:/;

/** The alarm's actions with its SNS topics replaced by `topic` (or removed); other actions stay. */
export function withTopic(actions: string[] | undefined, topic: string | null): string[] {
  const kept = (actions ?? []).filter((action) => !SNS_TOPIC.test(action));
  return topic ? [...kept, topic] : kept;
}

/**
 * PutMetricAlarm replaces the whole alarm: everything the form does not edit is copied from AWS's
 * current definition (metric, dimensions, statistic, unit, other actions). Tags are not sent:
 * PutMetricAlarm only applies them at creation, and the alarm keeps its own.
 */
export function updatedDefinition(current: MetricAlarm, input: UpdateAlarmInput): PutMetricAlarmInput {
  const definition: PutMetricAlarmInput = {
    AlarmName: current.AlarmName,
    AlarmDescription: input.description ?? current.AlarmDescription,
    ActionsEnabled: current.ActionsEnabled,
    AlarmActions: withTopic(current.AlarmActions, input.snsTopicArn),
    OKActions: withTopic(current.OKActions, input.snsTopicArn),
    InsufficientDataActions: current.InsufficientDataActions,
    Namespace: current.Namespace,
    MetricName: current.MetricName,
    Dimensions: current.Dimensions,
    Statistic: current.Statistic,
    ExtendedStatistic: current.ExtendedStatistic,
    Unit: current.Unit,
    Metrics: current.Metrics,
    ThresholdMetricId: current.ThresholdMetricId,
    EvaluateLowSampleCountPercentile: current.EvaluateLowSampleCountPercentile,
    Period: current.Metrics ? undefined : input.periodSeconds,
    EvaluationPeriods: input.evaluationPeriods,
    DatapointsToAlarm: input.datapointsToAlarm,
    Threshold: input.threshold,
    ComparisonOperator: input.comparison,
    TreatMissingData: input.treatMissingData,
  };
  return Object.fromEntries(Object.entries(definition).filter(([, value]) => value !== undefined)) as PutMetricAlarmInput;
}

/** Edits an alarm the user owns and answers it as AWS now has it. */
export async function updateAlarm(cloudwatch: CloudWatchClient, input: UpdateAlarmInput, signal: AbortSignal): Promise<AlarmSummary> {
  const [current] = await describeNamed(cloudwatch, [input.name], signal);
  if (!current) throw alarmNotFound(input.name);
  refuseManaged([current], 'edit');
  await cloudwatch.send(new PutMetricAlarmCommand(updatedDefinition(current, input)), { abortSignal: signal });
  const [updated] = await describeNamed(cloudwatch, [input.name], signal);
  if (!updated) throw alarmNotFound(input.name);
  return alarmSummary(updated);
}
