import type { ComparisonOperator, Dimension, Tag } from '@aws-sdk/client-cloudwatch';
import type { AlarmStateValue } from '../../types';

export type TreatMissingData = 'missing' | 'notBreaching' | 'breaching' | 'ignore';

/** What PutMetricAlarm configures (single-metric alarms). */
export interface AlarmDefinition {
  name: string;
  description?: string;
  actionsEnabled: boolean;
  okActions: string[];
  alarmActions: string[];
  insufficientDataActions: string[];
  namespace: string;
  metricName: string;
  dimensions: Dimension[];
  statistic?: string;
  extendedStatistic?: string;
  period: number;
  unit?: string;
  evaluationPeriods: number;
  datapointsToAlarm?: number;
  threshold: number;
  comparisonOperator: ComparisonOperator;
  treatMissingData?: TreatMissingData;
  evaluateLowSampleCountPercentile?: string;
}

export interface AlarmRecord extends AlarmDefinition {
  arn: string;
  configUpdatedMs: number;
  state: AlarmStateValue;
  stateReason: string;
  stateReasonData?: string;
  stateUpdatedMs: number;
  stateTransitionedMs: number;
  tags: Tag[];
}

export type HistoryItemType = 'ConfigurationUpdate' | 'StateUpdate' | 'Action';

export interface HistoryRecord {
  alarmName: string;
  timestamp: number;
  type: HistoryItemType;
  summary: string;
  data: string;
}

/** The alarm as AWS prints it inside HistoryData and StateReasonData documents. */
export function alarmDocument(alarm: AlarmRecord): Record<string, unknown> {
  return {
    alarmName: alarm.name,
    alarmArn: alarm.arn,
    alarmDescription: alarm.description,
    actionsEnabled: alarm.actionsEnabled,
    okactions: alarm.okActions,
    alarmActions: alarm.alarmActions,
    insufficientDataActions: alarm.insufficientDataActions,
    namespace: alarm.namespace,
    metricName: alarm.metricName,
    dimensions: alarm.dimensions.map((d) => ({ name: d.Name, value: d.Value })),
    statistic: alarm.statistic,
    extendedStatistic: alarm.extendedStatistic,
    period: alarm.period,
    unit: alarm.unit,
    evaluationPeriods: alarm.evaluationPeriods,
    datapointsToAlarm: alarm.datapointsToAlarm,
    threshold: alarm.threshold,
    comparisonOperator: alarm.comparisonOperator,
    treatMissingData: alarm.treatMissingData,
    stateValue: alarm.state,
    timestamp: formatHistoryDate(alarm.configUpdatedMs),
  };
}

/** `2026-01-05T09:03:00.000+0000`, the form AWS uses inside alarm JSON documents. */
export function formatHistoryDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
