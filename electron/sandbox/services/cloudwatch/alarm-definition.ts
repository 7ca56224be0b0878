import type { ComparisonOperator, Tag } from '@aws-sdk/client-cloudwatch';
import { asBool, asString } from '../../protocols/values';
import type { AlarmDefinition, TreatMissingData } from './alarm-model';
import { invalidParameterCombination, invalidParameterValue, validationError } from './errors';
import { ALARM_NAME, Checker, METRIC_NAME, NAMESPACE, UNITS } from './input';
import { STANDARD_STATISTICS, parseExtendedStatistic } from './statistics';
import { readTags, refuseReservedTags } from './tags';

const COMPARISON_OPERATORS = [
  'GreaterThanOrEqualToThreshold',
  'GreaterThanThreshold',
  'LessThanThreshold',
  'LessThanOrEqualToThreshold',
  'LessThanLowerOrGreaterThanUpperThreshold',
  'LessThanLowerThreshold',
  'GreaterThanUpperThreshold',
] as const;
const ANOMALY_OPERATORS = new Set(['LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold', 'GreaterThanUpperThreshold']);
const TREAT_MISSING = ['breaching', 'notBreaching', 'ignore', 'missing'];
const ONE_DAY_S = 86_400;
const SEVEN_DAYS_S = 7 * ONE_DAY_S;

function actions(check: Checker, value: unknown, member: string): string[] {
  const list = check.list(value, member, { max: 5 }) ?? [];
  return list.map((item, index) => {
    const arn = check.string(item, `${member}.${index + 1}.member`, { min: 1, max: 1024 }) ?? '';
    if (arn !== '' && !/^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/.test(arn)) throw validationError(`Invalid arn syntax: ${arn}`);
    return arn;
  });
}

/** Validates a PutMetricAlarm input (from the API or from Auto Scaling through the bus). */
export function parseAlarmDefinition(input: Record<string, unknown>): { definition: AlarmDefinition; tags: Tag[] } {
  const check = new Checker();
  const name = check.string(input.AlarmName, 'alarmName', { required: true, ...ALARM_NAME });
  const description = check.string(input.AlarmDescription, 'alarmDescription', { max: 1024 });
  const okActions = actions(check, input.OKActions, 'oKActions');
  const alarmActions = actions(check, input.AlarmActions, 'alarmActions');
  const insufficientDataActions = actions(check, input.InsufficientDataActions, 'insufficientDataActions');
  const namespace = check.string(input.Namespace, 'namespace', NAMESPACE);
  const metricName = check.string(input.MetricName, 'metricName', METRIC_NAME);
  const statistic = check.string(input.Statistic, 'statistic', { enum: STANDARD_STATISTICS });
  const extendedStatistic = check.string(input.ExtendedStatistic, 'extendedStatistic');
  const dimensions = check.dimensions(input.Dimensions, 'dimensions');
  const period = check.integer(input.Period, 'period', { min: 1 });
  const unit = check.string(input.Unit, 'unit', { enum: UNITS });
  const evaluationPeriods = check.integer(input.EvaluationPeriods, 'evaluationPeriods', { required: true, min: 1 });
  const datapointsToAlarm = check.integer(input.DatapointsToAlarm, 'datapointsToAlarm', { min: 1 });
  const threshold = check.number(input.Threshold, 'threshold');
  const comparisonOperator = check.string(input.ComparisonOperator, 'comparisonOperator', { required: true, enum: COMPARISON_OPERATORS });
  const treatMissingData = check.string(input.TreatMissingData, 'treatMissingData', { min: 1, max: 255 });
  const lowSample = check.string(input.EvaluateLowSampleCountPercentile, 'evaluateLowSampleCountPercentile', { min: 1, max: 255 });
  const tags = readTags(check, input.Tags, false);
  check.done();
  refuseReservedTags(tags);

  if (input.Metrics !== undefined || input.ThresholdMetricId !== undefined)
    throw validationError('Metric math and anomaly detection alarms are not supported by the SageDeck sandbox; use a single-metric alarm.');
  if (comparisonOperator && ANOMALY_OPERATORS.has(comparisonOperator))
    throw validationError(`ComparisonOperator ${comparisonOperator} needs an anomaly detection band, which the SageDeck sandbox does not emulate.`);
  if (namespace === undefined || metricName === undefined || period === undefined)
    throw validationError('A single-metric alarm must specify Namespace, MetricName and Period.');
  if ((statistic === undefined) === (extendedStatistic === undefined))
    throw invalidParameterCombination('Exactly one of Statistic and ExtendedStatistic must be specified.');
  if (extendedStatistic !== undefined && !parseExtendedStatistic(extendedStatistic))
    throw invalidParameterValue(`The value ${extendedStatistic} for parameter ExtendedStatistic is not supported.`);
  if (threshold === undefined) throw validationError('Threshold must be specified for a single-metric alarm.');
  // PutMetricAlarm Period (API reference): 10, 20, 30 or any multiple of 60.
  if (period !== 10 && period !== 20 && period !== 30 && period % 60 !== 0)
    throw invalidParameterValue('The parameter Period must be 10, 20, 30 or a multiple of 60.');
  if (evaluationPeriods !== undefined) {
    const span = period * evaluationPeriods;
    const limit = period >= 3600 ? SEVEN_DAYS_S : ONE_DAY_S;
    if (span > limit)
      throw invalidParameterCombination(
        `Metrics cannot be checked across more than ${limit === ONE_DAY_S ? 'a day' : 'seven days'} (EvaluationPeriods * Period must be <= ${limit}).`,
      );
    if (datapointsToAlarm !== undefined && datapointsToAlarm > evaluationPeriods)
      throw validationError('DatapointsToAlarm must be less than or equal to EvaluationPeriods.');
  }
  if (treatMissingData !== undefined && !TREAT_MISSING.includes(treatMissingData))
    throw validationError(`Option ${treatMissingData} is not supported. Supported options for parameter TreatMissingData are ${TREAT_MISSING.join(', ')}.`);
  if (lowSample !== undefined && lowSample !== 'evaluate' && lowSample !== 'ignore')
    throw validationError(`Option ${lowSample} is not supported. Supported options for parameter EvaluateLowSampleCountPercentile are evaluate, ignore.`);
  if (lowSample !== undefined && extendedStatistic === undefined)
    throw invalidParameterCombination('EvaluateLowSampleCountPercentile can only be used with a percentile ExtendedStatistic.');

  const definition: AlarmDefinition = {
    name: name ?? '',
    actionsEnabled: asBool(input.ActionsEnabled) ?? true,
    okActions,
    alarmActions,
    insufficientDataActions,
    namespace,
    metricName,
    dimensions,
    period,
    evaluationPeriods: evaluationPeriods ?? 1,
    threshold,
    comparisonOperator: comparisonOperator as ComparisonOperator,
  };
  if (description !== undefined) definition.description = description;
  if (statistic !== undefined) definition.statistic = statistic;
  if (extendedStatistic !== undefined) definition.extendedStatistic = extendedStatistic;
  if (unit !== undefined) definition.unit = unit;
  if (datapointsToAlarm !== undefined) definition.datapointsToAlarm = datapointsToAlarm;
  if (treatMissingData !== undefined) definition.treatMissingData = treatMissingData as TreatMissingData;
  if (lowSample !== undefined) definition.evaluateLowSampleCountPercentile = lowSample;
  return { definition, tags };
}

/** Reads an alarm name list (DeleteAlarms, DescribeAlarms). */
export function alarmNames(check: Checker, value: unknown, member: string, max = 100): string[] | undefined {
  const list = check.list(value, member, { max });
  return list?.map((item, index) => check.string(item, `${member}.${index + 1}.member`, ALARM_NAME) ?? asString(item) ?? '');
}
