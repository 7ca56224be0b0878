import type { PutMetricAlarmInput } from '@aws-sdk/client-cloudwatch';
import type { Where } from '../../types';
import type { PolicyRecord } from './model';
import { parseVariantResourceId } from './resource-id';

/** AlarmHigh: three one-minute periods above target; AlarmLow: fifteen below 90% of it. */
const HIGH_PERIODS = 3;
const LOW_PERIODS = 15;
const LOW_FACTOR = 0.9;

export function alarmArn(where: Where, name: string): string {
  return `arn:aws:cloudwatch:${where.region}:${where.accountId}:alarm:${name}`;
}

/**
 * The two alarms a target-tracking policy on SageMakerVariantInvocationsPerInstance creates, as
 * AWS names and defines them (`TargetTracking-<resource id>-AlarmHigh-<uuid>`), acting on the policy.
 */
export function targetTrackingAlarms(policy: PolicyRecord, uuid: string): PutMetricAlarmInput[] {
  const config = policy.targetTracking;
  const ref = parseVariantResourceId(policy.resourceId);
  if (!config || !ref) return [];
  const target = config.TargetValue ?? 0;
  const base = {
    MetricName: 'InvocationsPerInstance',
    Namespace: 'AWS/SageMaker',
    Statistic: 'Sum' as const,
    Dimensions: [
      { Name: 'EndpointName', Value: ref.endpointName },
      { Name: 'VariantName', Value: ref.variantName },
    ],
    Period: 60,
    AlarmActions: [policy.arn],
    AlarmDescription: `DO NOT EDIT OR DELETE. For TargetTrackingScaling policy ${policy.arn}.`,
  };
  const alarms: PutMetricAlarmInput[] = [
    {
      ...base,
      AlarmName: `TargetTracking-${policy.resourceId}-AlarmHigh-${uuid}`,
      EvaluationPeriods: HIGH_PERIODS,
      DatapointsToAlarm: HIGH_PERIODS,
      Threshold: target,
      ComparisonOperator: 'GreaterThanThreshold',
    },
  ];
  if (!config.DisableScaleIn) {
    alarms.push({
      ...base,
      AlarmName: `TargetTracking-${policy.resourceId}-AlarmLow-${uuid}`,
      EvaluationPeriods: LOW_PERIODS,
      DatapointsToAlarm: LOW_PERIODS,
      Threshold: Math.round(target * LOW_FACTOR * 1000) / 1000,
      ComparisonOperator: 'LessThanThreshold',
    });
  }
  return alarms;
}
