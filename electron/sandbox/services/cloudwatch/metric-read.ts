import type {
  Datapoint,
  GetMetricDataOutput,
  GetMetricStatisticsOutput,
  ListMetricsOutput,
  Metric,
  MetricDataResult,
  StandardUnit,
} from '@aws-sdk/client-cloudwatch';
import { asRecord, asString } from '../../protocols/values';
import type { OperationHandler } from '../../types';
import { invalidParameterCombination, invalidParameterValue, validationError } from './errors';
import { Checker, METRIC_NAME, NAMESPACE, UNITS } from './input';
import type { MetricStore } from './metric-store';
import { MINUTE_MS } from './model';
import { decodeToken, encodeToken, paginate } from './pagination';
import { aggregatePeriods } from './periods';
import { STANDARD_STATISTICS, isStandardStatistic, parseExtendedStatistic, statisticValue } from './statistics';

const MAX_DATAPOINTS = 1440;
// GetMetricStatistics / MetricStat Period (API reference): 1, 5, 10, 20, 30, 60 or any multiple of 60.
const HIGH_RESOLUTION_PERIODS = [1, 5, 10, 20, 30];
const TWO_WEEKS_MS = 14 * 24 * 3600_000;
const THREE_HOURS_MS = 3 * 3600_000;
const QUERY_ID = /^[a-z][a-zA-Z0-9_]*$/;

function checkPeriod(period: number, member: string): void {
  if (!HIGH_RESOLUTION_PERIODS.includes(period) && period % 60 !== 0)
    throw invalidParameterValue(`The parameter ${member} must be a multiple of 60.`);
}

function checkRange(start: Date, end: Date): void {
  if (start.getTime() >= end.getTime())
    throw invalidParameterValue('The parameter StartTime must be less than the parameter EndTime.');
}

export function getMetricStatisticsOperation(store: MetricStore): OperationHandler {
  return (input, ctx): GetMetricStatisticsOutput => {
    const check = new Checker();
    const namespace = check.string(input.Namespace, 'namespace', { required: true, ...NAMESPACE });
    const metricName = check.string(input.MetricName, 'metricName', { required: true, ...METRIC_NAME });
    const dimensions = check.dimensions(input.Dimensions, 'dimensions');
    const start = check.date(input.StartTime, 'startTime', { required: true });
    const end = check.date(input.EndTime, 'endTime', { required: true });
    const period = check.integer(input.Period, 'period', { required: true, min: 1 });
    const statistics = (check.list(input.Statistics, 'statistics', { min: 1, max: 5 }) ?? []).map(
      (item, index) => check.string(item, `statistics.${index + 1}.member`, { enum: STANDARD_STATISTICS }) ?? '',
    );
    const extended = (check.list(input.ExtendedStatistics, 'extendedStatistics', { min: 1, max: 10 }) ?? []).map(
      (item) => asString(item) ?? '',
    );
    const unit = check.string(input.Unit, 'unit', { enum: UNITS });
    check.done();
    if ((statistics.length === 0) === (extended.length === 0))
      throw invalidParameterCombination('Must specify either Statistics or ExtendedStatistics, but not both.');
    for (const name of extended) {
      if (!parseExtendedStatistic(name))
        throw invalidParameterValue(`The value ${name} for parameter ExtendedStatistics is not supported.`);
    }
    if (!start || !end || period === undefined) return {};
    checkRange(start, end);
    checkPeriod(period, 'Period');
    if (start.getTime() < ctx.clock.now() - THREE_HOURS_MS && period < 60)
      throw invalidParameterValue('The parameter Period must be a multiple of 60 for data older than 3 hours.');
    const requested = Math.ceil((end.getTime() - start.getTime()) / (Math.max(period, 60) * 1000));
    if (requested > MAX_DATAPOINTS)
      throw invalidParameterCombination(
        `You have requested up to ${requested.toLocaleString('en-US')} datapoints, which exceeds the limit of 1,440. ` +
          'You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
      );
    const where = { accountId: ctx.accountId, region: ctx.region };
    const series = store.find(where, namespace ?? '', metricName ?? '', dimensions, unit);
    const datapoints: Datapoint[] = aggregatePeriods(series, start.getTime(), end.getTime(), period).map((point) => {
      const datapoint: Datapoint = { Timestamp: new Date(point.start), Unit: point.unit as StandardUnit };
      for (const name of statistics) {
        const value = statisticValue(point.aggregate, name);
        // Datapoint's members are named after the statistics.
        if (value !== undefined) Object.assign(datapoint, { [name]: value });
      }
      if (extended.length > 0) {
        const values: Record<string, number> = {};
        for (const name of extended) {
          const value = statisticValue(point.aggregate, name);
          if (value !== undefined) values[name] = value;
        }
        datapoint.ExtendedStatistics = values;
      }
      return datapoint;
    });
    return { Label: metricName, Datapoints: datapoints };
  };
}

interface ParsedQuery {
  id: string;
  label: string;
  returnData: boolean;
  metric: { namespace: string; metricName: string; dimensions: NonNullable<Metric['Dimensions']> };
  period: number;
  stat: string;
  unit?: string;
}

function parseQueries(list: unknown[], check: Checker): ParsedQuery[] {
  const ids = new Set<string>();
  return list.map((item, index) => {
    const record = asRecord(item) ?? {};
    const path = `metricDataQueries.${index + 1}.member`;
    const id = check.string(record.Id, `${path}.id`, { required: true, min: 1, max: 255 }) ?? '';
    if (record.Expression !== undefined)
      throw validationError(
        `Metric math is not supported by the SageDeck sandbox: query ${id} has an Expression. Use MetricStat queries.`,
      );
    const stat = asRecord(record.MetricStat);
    if (!stat) throw validationError(`The parameter MetricDataQueries.member.${index + 1} must specify MetricStat or Expression.`);
    const metric = asRecord(stat.Metric) ?? {};
    const namespace = check.string(metric.Namespace, `${path}.metricStat.metric.namespace`, { required: true, ...NAMESPACE });
    const metricName = check.string(metric.MetricName, `${path}.metricStat.metric.metricName`, { required: true, ...METRIC_NAME });
    const dimensions = check.dimensions(metric.Dimensions, `${path}.metricStat.metric.dimensions`);
    const period = check.integer(stat.Period, `${path}.metricStat.period`, { required: true, min: 1 });
    const statName = check.string(stat.Stat, `${path}.metricStat.stat`, { required: true });
    const unit = check.string(stat.Unit, `${path}.metricStat.unit`, { enum: UNITS });
    const label = asString(record.Label);
    const returnData = asString(record.ReturnData) !== 'false';
    check.done();
    if (!QUERY_ID.test(id))
      throw validationError(`The value ${id} for parameter MetricDataQueries.member.${index + 1}.Id is not valid: it must start with a lowercase letter and contain only letters, numbers and underscores.`);
    if (ids.has(id)) throw validationError(`The values for parameter id in MetricDataQueries are not unique.`);
    ids.add(id);
    if (period !== undefined) checkPeriod(period, `MetricDataQueries.member.${index + 1}.MetricStat.Period`);
    if (statName !== undefined && !isStandardStatistic(statName) && !parseExtendedStatistic(statName))
      throw invalidParameterValue(`The value ${statName} for parameter MetricDataQueries.member.${index + 1}.MetricStat.Stat is not supported.`);
    const parsed: ParsedQuery = {
      id,
      label: label ?? metricName ?? '',
      returnData,
      metric: { namespace: namespace ?? '', metricName: metricName ?? '', dimensions },
      period: period ?? 60,
      stat: statName ?? 'Average',
    };
    if (unit !== undefined) parsed.unit = unit;
    return parsed;
  });
}

export function getMetricDataOperation(store: MetricStore): OperationHandler {
  return (input, ctx): GetMetricDataOutput => {
    const check = new Checker();
    const list = check.list(input.MetricDataQueries, 'metricDataQueries', { required: true, min: 1, max: 500 });
    const start = check.date(input.StartTime, 'startTime', { required: true });
    const end = check.date(input.EndTime, 'endTime', { required: true });
    const scanBy = check.string(input.ScanBy, 'scanBy', { enum: ['TimestampDescending', 'TimestampAscending'] }) ?? 'TimestampDescending';
    const maxDatapoints = check.integer(input.MaxDatapoints, 'maxDatapoints', { min: 1 }) ?? 100_800;
    const nextToken = check.string(input.NextToken, 'nextToken');
    check.done();
    const queries = parseQueries(list ?? [], check);
    if (!start || !end) return {};
    checkRange(start, end);
    const where = { accountId: ctx.accountId, region: ctx.region };

    const all: { query: number; timestamp: number; value: number }[] = [];
    queries.forEach((query, index) => {
      if (!query.returnData) return;
      const series = store.find(where, query.metric.namespace, query.metric.metricName, query.metric.dimensions, query.unit);
      const points = aggregatePeriods(series, start.getTime(), end.getTime(), query.period);
      if (scanBy === 'TimestampDescending') points.reverse();
      for (const point of points) {
        const value = statisticValue(point.aggregate, query.stat);
        if (value !== undefined) all.push({ query: index, timestamp: point.start, value });
      }
    });
    const scope = `gmd:${start.getTime()}:${end.getTime()}:${queries.map((q) => q.id).join(',')}`;
    const offset = decodeToken(nextToken, scope);
    const page = all.slice(offset, offset + maxDatapoints);
    const rest = all.slice(offset + page.length);
    const next = rest.length > 0 ? encodeToken(offset + page.length, scope) : undefined;
    const remaining = new Set(rest.map((point) => point.query));
    const results: MetricDataResult[] = [];
    queries.forEach((query, index) => {
      if (!query.returnData) return;
      const mine = page.filter((point) => point.query === index);
      results.push({
        Id: query.id,
        Label: query.label,
        Timestamps: mine.map((point) => new Date(point.timestamp)),
        Values: mine.map((point) => point.value),
        StatusCode: remaining.has(index) ? 'PartialData' : 'Complete',
      });
    });
    const output: GetMetricDataOutput = { MetricDataResults: results, Messages: [] };
    if (next !== undefined) output.NextToken = next;
    return output;
  };
}

export function listMetricsOperation(store: MetricStore): OperationHandler {
  return (input, ctx): ListMetricsOutput => {
    const check = new Checker();
    const namespace = check.string(input.Namespace, 'namespace', NAMESPACE);
    const metricName = check.string(input.MetricName, 'metricName', METRIC_NAME);
    const filters = (check.list(input.Dimensions, 'dimensions', { max: 10 }) ?? []).map((item, index) => {
      const record = asRecord(item) ?? {};
      const name = check.string(record.Name, `dimensions.${index + 1}.member.name`, { required: true, min: 1, max: 255 });
      const value = check.string(record.Value, `dimensions.${index + 1}.member.value`, { min: 1, max: 1024 });
      return { name, value };
    });
    const recentlyActive = check.string(input.RecentlyActive, 'recentlyActive', { enum: ['PT3H'] });
    const nextToken = check.string(input.NextToken, 'nextToken');
    check.done();

    const now = ctx.clock.now();
    const since = recentlyActive ? now - THREE_HOURS_MS : now - TWO_WEEKS_MS;
    const seen = new Map<string, Metric>();
    for (const series of store.series({ accountId: ctx.accountId, region: ctx.region })) {
      if (namespace !== undefined && series.namespace !== namespace) continue;
      if (metricName !== undefined && series.metricName !== metricName) continue;
      const matches = filters.every((filter) =>
        series.dimensions.some((d) => d.Name === filter.name && (filter.value === undefined || d.Value === filter.value)),
      );
      if (!matches) continue;
      let latest = series.lastPutMs;
      for (const minute of series.buckets.keys()) latest = Math.max(latest, minute + MINUTE_MS);
      if ((recentlyActive ? series.lastPutMs : latest) < since) continue;
      const key = JSON.stringify([series.namespace, series.metricName, series.dimensions]);
      seen.set(key, { Namespace: series.namespace, MetricName: series.metricName, Dimensions: series.dimensions });
    }
    const metrics = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, metric]) => metric);
    const scope = `lm:${namespace ?? ''}:${metricName ?? ''}:${JSON.stringify(filters)}:${recentlyActive ?? ''}`;
    const { page, nextToken: next } = paginate(metrics, 500, nextToken, scope);
    const output: ListMetricsOutput = { Metrics: page };
    if (next !== undefined) output.NextToken = next;
    return output;
  };
}
