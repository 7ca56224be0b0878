import type {
  DescribeAlarmHistoryOutput,
  DescribeAlarmsForMetricOutput,
  DescribeAlarmsOutput,
  MetricAlarm,
  StandardUnit,
  Statistic,
} from '@aws-sdk/client-cloudwatch';
import type { OperationContext, OperationHandler, Where } from '../../types';
import { alarmNames } from './alarm-definition';
import type { AlarmRecord } from './alarm-model';
import type { AlarmStore } from './alarm-store';
import { invalidParameterCombination } from './errors';
import { ALARM_NAME, Checker, METRIC_NAME, NAMESPACE, UNITS, sameDimensions } from './input';
import { paginate } from './pagination';
import { STANDARD_STATISTICS } from './statistics';

const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;
const whereOf = (ctx: Pick<OperationContext, 'accountId' | 'region'>): Where => ({ accountId: ctx.accountId, region: ctx.region });

export function describeAlarm(alarm: AlarmRecord): MetricAlarm {
  const out: MetricAlarm = {
    AlarmName: alarm.name,
    AlarmArn: alarm.arn,
    AlarmDescription: alarm.description,
    AlarmConfigurationUpdatedTimestamp: new Date(alarm.configUpdatedMs),
    ActionsEnabled: alarm.actionsEnabled,
    OKActions: alarm.okActions,
    AlarmActions: alarm.alarmActions,
    InsufficientDataActions: alarm.insufficientDataActions,
    StateValue: alarm.state,
    StateReason: alarm.stateReason,
    StateReasonData: alarm.stateReasonData,
    StateUpdatedTimestamp: new Date(alarm.stateUpdatedMs),
    MetricName: alarm.metricName,
    Namespace: alarm.namespace,
    Statistic: alarm.statistic as Statistic | undefined,
    ExtendedStatistic: alarm.extendedStatistic,
    Dimensions: alarm.dimensions,
    Period: alarm.period,
    Unit: alarm.unit as StandardUnit | undefined,
    EvaluationPeriods: alarm.evaluationPeriods,
    DatapointsToAlarm: alarm.datapointsToAlarm,
    Threshold: alarm.threshold,
    ComparisonOperator: alarm.comparisonOperator,
    TreatMissingData: alarm.treatMissingData,
    EvaluateLowSampleCountPercentile: alarm.evaluateLowSampleCountPercentile,
    StateTransitionedTimestamp: new Date(alarm.stateTransitionedMs),
  };
  return out;
}

/** The read side of alarms: DescribeAlarms, DescribeAlarmsForMetric, DescribeAlarmHistory. */
export function alarmQueries(alarms: AlarmStore): Record<string, OperationHandler> {
  return {
    DescribeAlarms: (input, ctx): DescribeAlarmsOutput => {
      const check = new Checker();
      const names = alarmNames(check, input.AlarmNames, 'alarmNames');
      const prefix = check.string(input.AlarmNamePrefix, 'alarmNamePrefix', ALARM_NAME);
      const types = (check.list(input.AlarmTypes, 'alarmTypes') ?? []).map(
        (item, index) => check.string(item, `alarmTypes.${index + 1}.member`, { enum: ['CompositeAlarm', 'MetricAlarm'] }) ?? '',
      );
      const state = check.string(input.StateValue, 'stateValue', { enum: STATES });
      const actionPrefix = check.string(input.ActionPrefix, 'actionPrefix', { min: 1, max: 1024 });
      const maxRecords = check.integer(input.MaxRecords, 'maxRecords', { min: 1, max: 100 }) ?? 50;
      const nextToken = check.string(input.NextToken, 'nextToken');
      check.done();
      if (names !== undefined && names.length > 0 && prefix !== undefined)
        throw invalidParameterCombination('AlarmNames and AlarmNamePrefix cannot be specified together.');
      if (input.ChildrenOfAlarmName !== undefined || input.ParentsOfAlarmName !== undefined)
        return { MetricAlarms: [], CompositeAlarms: [] };
      const wantMetric = types.length === 0 || types.includes('MetricAlarm');
      const matched = !wantMetric
        ? []
        : alarms.list(whereOf(ctx)).filter(
            (alarm) =>
              (names === undefined || names.length === 0 || names.includes(alarm.name)) &&
              (prefix === undefined || alarm.name.startsWith(prefix)) &&
              (state === undefined || alarm.state === state) &&
              (actionPrefix === undefined ||
                [...alarm.alarmActions, ...alarm.okActions, ...alarm.insufficientDataActions].some((arn) => arn.startsWith(actionPrefix))),
          );
      const scope = `da:${JSON.stringify([names, prefix, types, state, actionPrefix])}`;
      const { page, nextToken: next } = paginate(matched, maxRecords, nextToken, scope);
      const output: DescribeAlarmsOutput = { MetricAlarms: page.map(describeAlarm), CompositeAlarms: [] };
      if (next !== undefined) output.NextToken = next;
      return output;
    },

    DescribeAlarmsForMetric: (input, ctx): DescribeAlarmsForMetricOutput => {
      const check = new Checker();
      const namespace = check.string(input.Namespace, 'namespace', { required: true, ...NAMESPACE });
      const metricName = check.string(input.MetricName, 'metricName', { required: true, ...METRIC_NAME });
      const statistic = check.string(input.Statistic, 'statistic', { enum: STANDARD_STATISTICS });
      const extended = check.string(input.ExtendedStatistic, 'extendedStatistic');
      const dimensions = input.Dimensions === undefined ? undefined : check.dimensions(input.Dimensions, 'dimensions');
      const period = check.integer(input.Period, 'period', { min: 1 });
      const unit = check.string(input.Unit, 'unit', { enum: UNITS });
      check.done();
      const matched = alarms
        .list(whereOf(ctx))
        .filter(
          (alarm) =>
            alarm.namespace === namespace &&
            alarm.metricName === metricName &&
            (statistic === undefined || alarm.statistic === statistic) &&
            (extended === undefined || alarm.extendedStatistic === extended) &&
            (dimensions === undefined || sameDimensions(alarm.dimensions, dimensions)) &&
            (period === undefined || alarm.period === period) &&
            (unit === undefined || alarm.unit === unit),
        );
      return { MetricAlarms: matched.map(describeAlarm) };
    },

    DescribeAlarmHistory: (input, ctx): DescribeAlarmHistoryOutput => {
      const check = new Checker();
      const name = check.string(input.AlarmName, 'alarmName', ALARM_NAME);
      const types = (check.list(input.AlarmTypes, 'alarmTypes') ?? []).map(
        (item, index) => check.string(item, `alarmTypes.${index + 1}.member`, { enum: ['CompositeAlarm', 'MetricAlarm'] }) ?? '',
      );
      const itemType = check.string(input.HistoryItemType, 'historyItemType', {
        enum: ['ConfigurationUpdate', 'StateUpdate', 'Action', 'AlarmContributorStateUpdate', 'AlarmContributorAction'],
      });
      const startDate = check.date(input.StartDate, 'startDate');
      const endDate = check.date(input.EndDate, 'endDate');
      const maxRecords = check.integer(input.MaxRecords, 'maxRecords', { min: 1, max: 100 }) ?? 100;
      const scanBy = check.string(input.ScanBy, 'scanBy', { enum: ['TimestampDescending', 'TimestampAscending'] }) ?? 'TimestampDescending';
      const nextToken = check.string(input.NextToken, 'nextToken');
      check.done();
      const wantMetric = types.length === 0 || types.includes('MetricAlarm');
      const items = !wantMetric
        ? []
        : alarms
            .history(whereOf(ctx))
            .filter(
              (item) =>
                (name === undefined || item.alarmName === name) &&
                (itemType === undefined || item.type === itemType) &&
                (startDate === undefined || item.timestamp >= startDate.getTime()) &&
                (endDate === undefined || item.timestamp <= endDate.getTime()),
            );
      const ordered = scanBy === 'TimestampAscending' ? items : [...items].reverse();
      const scope = `dah:${JSON.stringify([name, types, itemType, startDate?.getTime(), endDate?.getTime(), scanBy])}`;
      const { page, nextToken: next } = paginate(ordered, maxRecords, nextToken, scope);
      const output: DescribeAlarmHistoryOutput = {
        AlarmHistoryItems: page.map((item) => ({
          AlarmName: item.alarmName,
          AlarmType: 'MetricAlarm',
          Timestamp: new Date(item.timestamp),
          HistoryItemType: item.type,
          HistorySummary: item.summary,
          HistoryData: item.data,
        })),
      };
      if (next !== undefined) output.NextToken = next;
      return output;
    },
  };
}
