/**
 * CloudWatch metric alarms as the console shows them: grouped by the resource they watch, worst
 * state first. Shared by core (which reads them from AWS) and the renderer (which groups and draws).
 */

export const ALARM_STATES = ['ALARM', 'INSUFFICIENT_DATA', 'OK'] as const;
export type AlarmStateValue = (typeof ALARM_STATES)[number];

export const COMPARISON_OPERATORS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export const TREAT_MISSING_DATA = ['missing', 'notBreaching', 'breaching', 'ignore'] as const;
export type TreatMissingData = (typeof TREAT_MISSING_DATA)[number];

/**
 * What an alarm watches, read from its dimensions: an endpoint (EndpointName alone), a variant
 * (EndpointName + VariantName), a job (TrainingJobName / ProcessingJobName, or a training Host
 * `<job>/algo-N`), a schedule (ScheduleName / ScheduleGroup), anything else under `other`.
 */
export type AlarmResourceKind = 'endpoint' | 'variant' | 'job' | 'schedule' | 'other';
export const ALARM_RESOURCE_KINDS: readonly AlarmResourceKind[] = ['endpoint', 'variant', 'job', 'schedule', 'other'];

export interface AlarmResource {
  kind: AlarmResourceKind;
  /** Endpoint, `endpoint/variant`, job or schedule name; for `other`, the metric's namespace. */
  name: string;
  /** The endpoint of an endpoint or variant alarm (to link to it). */
  endpointName?: string;
}

export interface AlarmMetric {
  namespace: string;
  metricName: string;
  dimensions: { name: string; value: string }[];
  /** `Average`, `Sum`, `SampleCount`, `Minimum`, `Maximum`, or an extended statistic such as `p99`. */
  statistic: string;
  periodSeconds: number;
  unit?: string;
}

export interface AlarmSummary {
  name: string;
  arn: string;
  description?: string;
  state: AlarmStateValue;
  stateReason: string;
  /** ISO time of the last state change. */
  stateUpdatedAt: string;
  actionsEnabled: boolean;
  resource: AlarmResource;
  /** Absent for alarms SageDeck cannot draw (metric math, composite alarms). */
  metric?: AlarmMetric;
  threshold?: number;
  comparison?: ComparisonOperator;
  evaluationPeriods?: number;
  datapointsToAlarm?: number;
  treatMissingData?: TreatMissingData;
  alarmActions: string[];
  okActions: string[];
  /**
   * `autoscaling` for the alarms Application Auto Scaling made for a target-tracking policy: AWS
   * says not to edit or delete them (the policy owns them), so the console does not offer to.
   */
  managedBy?: 'autoscaling';
}

/**
 * The board's list, shaped as every live list is: all alarms in one page (the board reads up to
 * 1,000, so it never pages on; `nextToken` stays unset).
 */
export interface AlarmPage {
  items: AlarmSummary[];
  nextToken?: string;
  /** Set when CloudWatch holds more alarms than the board reads. */
  notice?: string;
}

export interface AlarmHistoryItem {
  time: string;
  type: 'StateUpdate' | 'ConfigurationUpdate' | 'Action';
  /** AWS's HistorySummary, e.g. "Alarm updated from OK to ALARM". */
  summary: string;
  oldState?: AlarmStateValue;
  newState?: AlarmStateValue;
  reason?: string;
}

export interface AlarmHistoryPage {
  items: AlarmHistoryItem[];
  nextToken?: string;
}

/** The alarms SageDeck recommends for every endpoint variant. */
export const RECOMMENDED_ALARM_KINDS = ['latencyP99', 'errors5xx', 'zeroInvocations', 'cpu'] as const;
export type RecommendedAlarmKind = (typeof RECOMMENDED_ALARM_KINDS)[number];

export interface RecommendedAlarm {
  kind: RecommendedAlarmKind;
  variantName: string;
  /** Default name: `<endpoint>-<variant>-model-latency-p99` and so on. */
  name: string;
  description: string;
  metric: AlarmMetric;
  comparison: ComparisonOperator;
  /** Editable default, in the unit the user types (`thresholdUnit`); core converts (ms → µs). */
  defaultThreshold: number;
  thresholdUnit: string;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  treatMissingData: TreatMissingData;
  /** An alarm with this name already exists: creating it again would overwrite it. */
  exists: boolean;
}

export interface CreatedAlarms {
  created: string[];
}
