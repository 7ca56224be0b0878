import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { MetricWindow } from './metric-window';

export interface MetricQuery {
  namespace: string;
  metricName: string;
  dimensions: { name: string; value: string }[];
  stat: string;
  /** Sent as the query's Unit only when set (an alarm that names one reads only data in that unit). */
  unit?: string;
}

export interface MetricDataAnswer {
  /** Per query, in the order asked: period start (epoch seconds) → value. */
  values: Map<number, number>[];
  /** PartialData, a failed query, or CloudWatch's messages: what is missing and why. */
  notes: string[];
}

/**
 * Every query in one GetMetricData request. The window keeps the call within 100,800 datapoints,
 * so AWS answers in one page; NextToken is still followed should it page anyway.
 */
export async function getMetricData(cloudwatch: CloudWatchClient, queries: MetricQuery[], window: MetricWindow, signal: AbortSignal): Promise<MetricDataAnswer> {
  const values = queries.map(() => new Map<number, number>());
  const notes = new Set<string>();
  const requests: MetricDataQuery[] = queries.map((q, index) => ({
    Id: `m${index}`,
    ReturnData: true,
    MetricStat: {
      Metric: { Namespace: q.namespace, MetricName: q.metricName, Dimensions: q.dimensions.map((d) => ({ Name: d.name, Value: d.value })) },
      Period: window.periodS,
      Stat: q.stat,
      ...(q.unit ? { Unit: q.unit as NonNullable<MetricDataQuery['MetricStat']>['Unit'] } : {}),
    },
  }));
  if (requests.length === 0) return { values, notes: [] };
  let nextToken: string | undefined;
  let partial = false;
  do {
    const answer = await cloudwatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: requests,
        StartTime: new Date(window.startS * 1000),
        EndTime: new Date(window.endS * 1000),
        ScanBy: 'TimestampAscending',
        ...(nextToken ? { NextToken: nextToken } : {}),
      }),
      { abortSignal: signal },
    );
    for (const result of answer.MetricDataResults ?? []) {
      const series = values[Number((result.Id ?? '').slice(1))];
      if (!series) continue;
      (result.Timestamps ?? []).forEach((time, i) => {
        const value = result.Values?.[i];
        if (value !== undefined) series.set(Math.floor(time.getTime() / 1000), value);
      });
      partial ||= result.StatusCode === 'PartialData' && !answer.NextToken;
      if (result.StatusCode === 'Forbidden' || result.StatusCode === 'InternalError') notes.add(`CloudWatch answered ${result.StatusCode} for ${result.Label ?? result.Id}.`);
      for (const message of result.Messages ?? []) if (message.Value) notes.add(message.Value);
    }
    for (const message of answer.Messages ?? []) if (message.Value) notes.add(message.Value);
    nextToken = answer.NextToken;
  } while (nextToken);
  if (partial) notes.add('CloudWatch returned part of the data (PartialData): choose a shorter range to see all of it.');
  return { values, notes: [...notes] };
}
