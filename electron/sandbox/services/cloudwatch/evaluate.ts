import type { ComparisonOperator } from '@aws-sdk/client-cloudwatch';
import type { AlarmStateValue } from '../../types';
import { type AlarmDefinition, formatHistoryDate } from './alarm-model';

/** One period of the evaluation range: its start and its statistic, or undefined when no data arrived. */
export interface EvaluatedPeriod {
  start: number;
  value: number | undefined;
  sampleCount?: number;
}

export interface Verdict {
  state: AlarmStateValue;
  reason: string;
  reasonData: string;
}

const PHRASES: Record<string, string> = {
  GreaterThanThreshold: 'greater than',
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

export function breaches(operator: ComparisonOperator, value: number, threshold: number): boolean {
  switch (operator) {
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
    default:
      return false;
  }
}

/** Numbers as CloudWatch (Java) prints doubles in reasons: 80 -> 80.0. */
export function javaDouble(value: number): string {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** `05/01/26 09:03:00`: day/month/two-digit year, UTC, as in AWS's state reasons. */
export function reasonDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(2, 4)} ${iso.slice(11, 19)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * CloudWatch's decision for one evaluation: the last EvaluationPeriods periods (oldest first),
 * M of N with DatapointsToAlarm, and TreatMissingData. With `missing` and `ignore`, present
 * datapoints decide alone (fewer than M present: all of them must breach), as AWS documents;
 * when every period is missing, `missing` goes to INSUFFICIENT_DATA and `ignore` keeps the state
 * (undefined: no change).
 */
export function evaluateAlarm(
  alarm: AlarmDefinition,
  periods: EvaluatedPeriod[],
  current: AlarmStateValue,
  now: number,
): Verdict | undefined {
  const n = alarm.evaluationPeriods;
  const m = alarm.datapointsToAlarm ?? n;
  const treat = alarm.treatMissingData ?? 'missing';
  const present = periods.filter((period): period is EvaluatedPeriod & { value: number } => period.value !== undefined);
  const missing = periods.length - present.length;
  const data = reasonData(alarm, periods, now);

  if (present.length === 0) {
    if (treat === 'ignore') return undefined;
    if (treat === 'missing')
      return { state: 'INSUFFICIENT_DATA', reason: `Insufficient Data: ${plural(missing, 'datapoint')} ${missing === 1 ? 'was' : 'were'} unknown.`, reasonData: data };
    const state: AlarmStateValue = treat === 'breaching' ? 'ALARM' : 'OK';
    return {
      state,
      reason:
        `Threshold Crossed: no datapoints were received for ${plural(missing, 'period')} and ` +
        `${plural(missing, 'missing datapoint')} ${missing === 1 ? 'was' : 'were'} treated as [${treat === 'breaching' ? 'Breaching' : 'NonBreaching'}].`,
      reasonData: data,
    };
  }

  const breachingPresent = present.filter((period) => breaches(alarm.comparisonOperator, period.value, alarm.threshold));
  let breachCount = breachingPresent.length;
  let needed = m;
  if (treat === 'breaching') breachCount += missing;
  else if (treat === 'missing' || treat === 'ignore') needed = Math.min(m, present.length);
  const state: AlarmStateValue = breachCount >= needed ? 'ALARM' : 'OK';

  const phrase = PHRASES[alarm.comparisonOperator] ?? alarm.comparisonOperator;
  const newestFirst = (list: (EvaluatedPeriod & { value: number })[]) =>
    [...list].sort((a, b) => b.start - a.start).map((period) => `${javaDouble(period.value)} (${reasonDate(period.start)})`).join(', ');
  const shown = state === 'ALARM' ? breachingPresent : present.filter((period) => !breachingPresent.includes(period));
  const notBreaching = present.length - breachingPresent.length + (treat === 'notBreaching' ? missing : 0);
  const count = state === 'ALARM' ? breachCount : notBreaching;
  const verb = count === 1 ? 'was' : 'were';
  const negation = state === 'ALARM' ? '' : 'not ';
  const threshold = javaDouble(alarm.threshold);
  if (n === 1) {
    return { state, reason: `Threshold Crossed: 1 datapoint [${newestFirst(shown)}] was ${negation}${phrase} the threshold (${threshold}).`, reasonData: data };
  }
  const minimum = state === 'ALARM' ? needed : n - m + 1;
  return {
    state,
    reason:
      `Threshold Crossed: ${count} out of the last ${n} datapoints [${newestFirst(shown)}] ${verb} ${negation}${phrase} ` +
      `the threshold (${threshold}) (minimum ${plural(minimum, 'datapoint')} for ${current} -> ${state} transition).`,
    reasonData: data,
  };
}

function reasonData(alarm: AlarmDefinition, periods: EvaluatedPeriod[], now: number): string {
  const present = periods.filter((period) => period.value !== undefined);
  const document: Record<string, unknown> = {
    version: '1.0',
    queryDate: formatHistoryDate(now),
    startDate: formatHistoryDate(periods[0]?.start ?? now),
  };
  if (alarm.unit !== undefined) document.unit = alarm.unit;
  if (alarm.statistic !== undefined) document.statistic = alarm.statistic;
  if (alarm.extendedStatistic !== undefined) document.extendedStatistic = alarm.extendedStatistic;
  document.period = alarm.period;
  document.recentDatapoints = present.map((period) => period.value);
  document.threshold = alarm.threshold;
  document.evaluatedDatapoints = [...present]
    .sort((a, b) => b.start - a.start)
    .map((period) => {
      const item: Record<string, unknown> = { timestamp: formatHistoryDate(period.start) };
      if (period.sampleCount !== undefined) item.sampleCount = period.sampleCount;
      item.value = period.value;
      return item;
    });
  return JSON.stringify(document);
}
