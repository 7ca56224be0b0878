import { DescribeLogStreamsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { GetMetricDataCommand, type CloudWatchClient, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import type { JobKind, JobLogStream, MetricSeries } from '../../../../shared/domain/jobs';

export const JOB_LOG_GROUPS: Record<JobKind, string> = {
  training: '/aws/sagemaker/TrainingJobs',
  processing: '/aws/sagemaker/ProcessingJobs',
};

/** Every log stream of a job (one per instance, `<job>/algo-N-…`), newest first. */
export async function jobLogStreams(
  logs: CloudWatchLogsClient,
  kind: JobKind,
  name: string,
  signal: AbortSignal,
): Promise<JobLogStream[]> {
  const streams: JobLogStream[] = [];
  let nextToken: string | undefined;
  do {
    const page = await logs.send(
      new DescribeLogStreamsCommand({
        logGroupName: JOB_LOG_GROUPS[kind],
        logStreamNamePrefix: `${name}/`,
        ...(nextToken ? { nextToken } : {}),
      }),
      { abortSignal: signal },
    );
    for (const stream of page.logStreams ?? []) {
      streams.push({
        name: stream.logStreamName ?? '',
        ...(stream.lastEventTimestamp ? { lastEventAt: new Date(stream.lastEventTimestamp).toISOString() } : {}),
        ...(stream.storedBytes !== undefined ? { storedBytes: stream.storedBytes } : {}),
      });
    }
    nextToken = page.nextToken;
  } while (nextToken && streams.length < 1000);
  return streams;
}

/** A GetMetricData query of one training metric as SageMaker publishes it (the first host's values, averaged per period). */
export function trainingMetricQuery(id: string, jobName: string, metric: string, period: number, label = metric): MetricDataQuery {
  return {
    Id: id,
    Label: label,
    MetricStat: {
      Metric: {
        Namespace: '/aws/sagemaker/TrainingJobs',
        MetricName: metric,
        Dimensions: [{ Name: 'Host', Value: `${jobName}/algo-1` }],
      },
      Period: period,
      Stat: 'Average',
    },
  };
}

/** Every page of one GetMetricData call, oldest values first, each value handed to `take` with its result. */
export async function readMetricData(
  cloudwatch: CloudWatchClient,
  request: { queries: MetricDataQuery[]; start: Date; end: Date },
  signal: AbortSignal,
  take: (result: MetricDataResult, time: Date, value: number) => void,
): Promise<void> {
  let nextToken: string | undefined;
  do {
    const answer = await cloudwatch.send(
      new GetMetricDataCommand({
        MetricDataQueries: request.queries,
        StartTime: request.start,
        EndTime: request.end,
        ScanBy: 'TimestampAscending',
        ...(nextToken ? { NextToken: nextToken } : {}),
      }),
      { abortSignal: signal },
    );
    for (const result of answer.MetricDataResults ?? [])
      (result.Timestamps ?? []).forEach((time, i) => take(result, time, result.Values?.[i] ?? 0));
    nextToken = answer.NextToken;
  } while (nextToken);
}

/**
 * The job's metrics over its run from CloudWatch (namespace /aws/sagemaker/TrainingJobs, dimension
 * Host = `<job>/algo-1`, as SageMaker publishes them), all series in one GetMetricData call. The
 * period keeps every series under GetMetricData's 100,800 data points per call.
 */
export async function trainingMetrics(
  cloudwatch: CloudWatchClient,
  job: { name: string; metricNames: string[]; start: Date; end: Date },
  signal: AbortSignal,
): Promise<MetricSeries[]> {
  if (job.metricNames.length === 0) return [];
  const spanSeconds = Math.max(60, (job.end.getTime() - job.start.getTime()) / 1000);
  const perSeries = Math.floor(100_800 / job.metricNames.length);
  const period = Math.max(60, Math.ceil(spanSeconds / Math.min(perSeries, 1440) / 60) * 60);
  const queries = job.metricNames.slice(0, 500).map((metric, index) => trainingMetricQuery(`m${index}`, job.name, metric, period));
  const series = new Map<string, MetricSeries>(job.metricNames.map((metric) => [metric, { metric, points: [] }]));
  await readMetricData(cloudwatch, { queries, start: job.start, end: job.end }, signal, (result, time, value) => {
    series.get(result.Label ?? '')?.points.push({ time: time.toISOString(), value });
  });
  for (const item of series.values()) item.points.sort((a, b) => a.time.localeCompare(b.time));
  return [...series.values()];
}
