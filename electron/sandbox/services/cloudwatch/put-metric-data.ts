import type { Dimension } from '@aws-sdk/client-cloudwatch';
import { asRecord } from '../../protocols/values';
import type { MetricDatum as BusDatum, OperationHandler } from '../../types';
import { invalidParameterCombination, invalidParameterValue } from './errors';
import { Checker, METRIC_NAME, NAMESPACE, UNITS } from './input';
import type { MetricStore } from './metric-store';
import type { Contribution } from './model';

const TWO_WEEKS_MS = 14 * 24 * 3600_000;
const TWO_HOURS_MS = 2 * 3600_000;
/** CloudWatch rejects values too large or too small in magnitude (its documented range). */
const MAX_MAGNITUDE = 2 ** 360;
const MIN_MAGNITUDE = 2 ** -260;

interface ParsedDatum {
  metricName: string;
  dimensions: Dimension[];
  unit: string;
  timestamp: number;
  contribution: Contribution;
}

function checkValue(value: number, path: string): void {
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude > MAX_MAGNITUDE || magnitude < MIN_MAGNITUDE))
    throw invalidParameterValue(`The value ${value} for parameter ${path} is invalid.`);
}

function contributionOf(record: Record<string, unknown>, path: string, check: Checker): Contribution | undefined {
  const value = check.number(record.Value, `${path}.value`);
  const statistics = asRecord(record.StatisticValues);
  const values = check.list(record.Values, `${path}.values`, { max: 150 });
  const counts = check.list(record.Counts, `${path}.counts`, { max: 150 });
  const given = [value !== undefined, statistics !== undefined, values !== undefined].filter(Boolean).length;
  if (given > 1)
    throw invalidParameterCombination(
      `The parameters ${path}.Value, ${path}.StatisticValues and ${path}.Values are mutually exclusive and you have specified more than one.`,
    );
  if (given === 0)
    throw invalidParameterCombination(
      `At least one of the parameters ${path}.Value, ${path}.StatisticValues or ${path}.Values must be specified.`,
    );
  if (value !== undefined) {
    checkValue(value, `${path}.Value`);
    return { count: 1, sum: value, min: value, max: value, values: [{ value, count: 1 }] };
  }
  if (statistics) {
    const sampleCount = check.number(statistics.SampleCount, `${path}.statisticValues.sampleCount`, { required: true });
    const sum = check.number(statistics.Sum, `${path}.statisticValues.sum`, { required: true });
    const min = check.number(statistics.Minimum, `${path}.statisticValues.minimum`, { required: true });
    const max = check.number(statistics.Maximum, `${path}.statisticValues.maximum`, { required: true });
    if (sampleCount === undefined || sum === undefined || min === undefined || max === undefined) return undefined;
    if (sampleCount <= 0) throw invalidParameterValue(`The parameter ${path}.StatisticValues.SampleCount must be greater than 0.`);
    if (min > max)
      throw invalidParameterValue(`The parameter ${path}.StatisticValues.Maximum must be greater than ${path}.StatisticValues.Minimum.`);
    return { count: sampleCount, sum, min, max, values: [] };
  }
  const numbers = (values ?? []).map((item, index) => check.number(item, `${path}.values.${index + 1}.member`, { required: true }) ?? 0);
  const weights = counts?.map((item, index) => check.number(item, `${path}.counts.${index + 1}.member`, { required: true }) ?? 1);
  if (weights && weights.length !== numbers.length)
    throw invalidParameterValue(`The parameters ${path}.Values and ${path}.Counts must be of the same size.`);
  if (numbers.length === 0) throw invalidParameterValue(`The parameter ${path}.Values must not be empty.`);
  const pairs = numbers.map((item, index) => ({ value: item, count: weights?.[index] ?? 1 }));
  let count = 0;
  let sum = 0;
  for (const pair of pairs) {
    checkValue(pair.value, `${path}.Values`);
    count += pair.count;
    sum += pair.value * pair.count;
  }
  return {
    count,
    sum,
    min: Math.min(...numbers),
    max: Math.max(...numbers),
    values: pairs.map((pair) => ({ value: pair.value, count: Math.round(pair.count) })),
  };
}

export function parsePutMetricData(input: Record<string, unknown>, now: number): { namespace: string; data: ParsedDatum[] } {
  const check = new Checker();
  const namespace = check.string(input.Namespace, 'namespace', { required: true, ...NAMESPACE });
  const list = check.list(input.MetricData, 'metricData', { required: true, max: 1000 });
  check.done();
  if (namespace?.startsWith('AWS/'))
    throw invalidParameterValue(`The value ${namespace} for parameter Namespace is invalid.`);
  const data: ParsedDatum[] = [];
  for (const [index, item] of (list ?? []).entries()) {
    const record = asRecord(item) ?? {};
    const path = `MetricData.member.${index + 1}`;
    const lower = `metricData.${index + 1}.member`;
    const metricName = check.string(record.MetricName, `${lower}.metricName`, { required: true, ...METRIC_NAME });
    const dimensions = check.dimensions(record.Dimensions, `${lower}.dimensions`);
    const unit = check.string(record.Unit, `${lower}.unit`, { enum: UNITS }) ?? 'None';
    const timestamp = check.date(record.Timestamp, `${lower}.timestamp`)?.getTime() ?? now;
    check.integer(record.StorageResolution, `${lower}.storageResolution`, { min: 1 });
    check.done();
    if (new Set(dimensions.map((d) => d.Name)).size !== dimensions.length)
      throw invalidParameterValue(`The parameter ${path}.Dimensions must not contain duplicate dimension names.`);
    if (timestamp < now - TWO_WEEKS_MS)
      throw invalidParameterValue(`The parameter ${path}.Timestamp must specify a time no more than two weeks in the past.`);
    if (timestamp > now + TWO_HOURS_MS)
      throw invalidParameterValue(`The parameter ${path}.Timestamp must specify a time no more than two hours in the future.`);
    const contribution = contributionOf(record, path, check);
    check.done();
    if (contribution) data.push({ metricName: metricName ?? '', dimensions, unit, timestamp, contribution });
  }
  return { namespace: namespace ?? '', data };
}

export function putMetricDataOperation(store: MetricStore): OperationHandler {
  return (input, ctx) => {
    const now = ctx.clock.now();
    const { namespace, data } = parsePutMetricData(input, now);
    const where = { accountId: ctx.accountId, region: ctx.region };
    for (const datum of data) {
      store.put(where, { namespace, metricName: datum.metricName, dimensions: datum.dimensions, unit: datum.unit }, datum.timestamp, datum.contribution, now);
    }
    return {};
  };
}

/** The bus's MetricSink: services publish as AWS does, without PutMetricData's API limits. */
export function busDatumContribution(datum: BusDatum): Contribution {
  return { count: 1, sum: datum.value, min: datum.value, max: datum.value, values: [{ value: datum.value, count: 1 }] };
}

export function busDimensions(dimensions: Record<string, string>): Dimension[] {
  return Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value }));
}
