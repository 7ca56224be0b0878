import type { TrialComponentMetricSummary } from '@aws-sdk/client-sagemaker';
import type { MetricAccumulator } from '../base/records';

export function addMetricValue(into: Record<string, MetricAccumulator>, name: string, value: number, ms: number, sourceArn?: string): void {
  const acc = into[name];
  if (!acc) {
    into[name] = { count: 1, sum: value, sumOfSquares: value * value, min: value, max: value, last: value, lastMs: ms, ...(sourceArn ? { sourceArn } : {}) };
    return;
  }
  acc.count += 1;
  acc.sum += value;
  acc.sumOfSquares += value * value;
  acc.min = Math.min(acc.min, value);
  acc.max = Math.max(acc.max, value);
  acc.last = value;
  acc.lastMs = ms;
}

/** Sample standard deviation, as the Experiments console reports it (0 for a single value). */
export function summarise(name: string, acc: MetricAccumulator): TrialComponentMetricSummary {
  const avg = acc.sum / acc.count;
  const variance = acc.count > 1 ? Math.max(0, (acc.sumOfSquares - acc.count * avg * avg) / (acc.count - 1)) : 0;
  return {
    MetricName: name,
    ...(acc.sourceArn ? { SourceArn: acc.sourceArn } : {}),
    TimeStamp: new Date(acc.lastMs),
    Max: acc.max,
    Min: acc.min,
    Last: acc.last,
    Count: acc.count,
    Avg: avg,
    StdDev: Math.sqrt(variance),
  };
}
