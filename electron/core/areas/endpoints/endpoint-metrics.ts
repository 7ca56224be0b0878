import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { EndpointMetrics, MetricPoint } from '../../../../shared/domain/endpoints';

export interface MetricTarget {
  endpointName: string;
  variants: string[];
}

/** GetMetricData takes at most 500 queries per call. */
const MAX_QUERIES = 500;

function sumSeries(series: MetricPoint[][]): MetricPoint[] {
  const byTime = new Map<string, number>();
  for (const points of series) for (const p of points) byTime.set(p.time, (byTime.get(p.time) ?? 0) + p.value);
  return [...byTime].sort(([a], [b]) => a.localeCompare(b)).map(([time, value]) => ({ time, value }));
}

/** Per time, the invocation-weighted mean of the variants' average latencies. */
function weightedLatency(latency: MetricPoint[][], invocations: MetricPoint[][]): MetricPoint[] {
  const acc = new Map<string, { sum: number; weight: number }>();
  latency.forEach((points, i) => {
    for (const p of points) {
      const weight = invocations[i]?.find((q) => q.time === p.time)?.value ?? 1;
      const slot = acc.get(p.time) ?? { sum: 0, weight: 0 };
      slot.sum += p.value * weight;
      slot.weight += weight;
      acc.set(p.time, slot);
    }
  });
  return [...acc].sort(([a], [b]) => a.localeCompare(b)).map(([time, { sum, weight }]) => ({ time, value: weight ? sum / weight : 0 }));
}

/**
 * Invocations (Sum) and ModelLatency (Average, published in microseconds, returned in ms) of every
 * variant of every endpoint, in one GetMetricData call (pages of it): AWS/SageMaker publishes them
 * per EndpointName and VariantName only. At most 60 points per series.
 */
export async function endpointMetrics(cloudwatch: CloudWatchClient, targets: MetricTarget[], window: { end: Date; minutes: number }, signal: AbortSignal): Promise<EndpointMetrics[]> {
  const period = Math.max(60, Math.ceil(window.minutes / 60) * 60);
  const start = new Date(window.end.getTime() - window.minutes * 60_000);
  const queries: MetricDataQuery[] = [];
  const ids: { endpoint: number; variant: string; metric: 'invocations' | 'latency' }[] = [];
  targets.forEach((t, e) => {
    for (const variant of t.variants) {
      for (const metric of ['invocations', 'latency'] as const) {
        if (queries.length >= MAX_QUERIES) return;
        ids.push({ endpoint: e, variant, metric });
        queries.push({
          Id: `q${queries.length}`,
          MetricStat: {
            Metric: {
              Namespace: 'AWS/SageMaker',
              MetricName: metric === 'invocations' ? 'Invocations' : 'ModelLatency',
              Dimensions: [
                { Name: 'EndpointName', Value: t.endpointName },
                { Name: 'VariantName', Value: variant },
              ],
            },
            Period: period,
            Stat: metric === 'invocations' ? 'Sum' : 'Average',
          },
        });
      }
    }
  });
  const points = new Map<string, MetricPoint[]>();
  let nextToken: string | undefined;
  if (queries.length) {
    do {
      const answer = await cloudwatch.send(
        new GetMetricDataCommand({ MetricDataQueries: queries, StartTime: start, EndTime: window.end, ScanBy: 'TimestampAscending', ...(nextToken ? { NextToken: nextToken } : {}) }),
        { abortSignal: signal },
      );
      for (const result of answer.MetricDataResults ?? []) {
        const index = Number((result.Id ?? 'q0').slice(1));
        const scale = ids[index]?.metric === 'latency' ? 1 / 1000 : 1;
        const list = points.get(result.Id ?? '') ?? [];
        (result.Timestamps ?? []).forEach((time, i) => list.push({ time: time.toISOString(), value: (result.Values?.[i] ?? 0) * scale }));
        points.set(result.Id ?? '', list);
      }
      nextToken = answer.NextToken;
    } while (nextToken);
  }
  const sorted = (list: MetricPoint[] | undefined) => [...(list ?? [])].sort((a, b) => a.time.localeCompare(b.time));
  return targets.map((t, e) => {
    const variants = t.variants.map((variant) => {
      const idOf = (metric: 'invocations' | 'latency') => `q${ids.findIndex((x) => x.endpoint === e && x.variant === variant && x.metric === metric)}`;
      return { variantName: variant, invocations: sorted(points.get(idOf('invocations'))), modelLatencyMs: sorted(points.get(idOf('latency'))) };
    });
    return {
      endpointName: t.endpointName,
      periodSeconds: period,
      start: start.toISOString(),
      end: window.end.toISOString(),
      invocations: sumSeries(variants.map((v) => v.invocations)),
      modelLatencyMs: weightedLatency(variants.map((v) => v.modelLatencyMs), variants.map((v) => v.invocations)),
      variants,
    };
  });
}
