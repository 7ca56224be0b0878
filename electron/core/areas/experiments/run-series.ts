import type { CloudWatchClient, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import {
  DescribeTrainingJobCommand,
  SearchCommand,
  type SageMakerClient,
  type TrainingJob,
} from '@aws-sdk/client-sagemaker';
import type { RunMetricSeries, RunSeriesResult } from '../../../../shared/domain/experiments';
import { mapLimited } from '../data/storage/limited';
import { readMetricData, trainingMetricQuery } from '../jobs/job-extras';
import { searchIsMissing } from '../jobs/job-listing';

export interface SeriesRequest {
  /** Trial component ARN the series belong to. */
  run: string;
  trainingJob: string;
}

type JobFacts = Pick<TrainingJob, 'TrainingJobName' | 'AlgorithmSpecification' | 'FinalMetricDataList' | 'CreationTime' | 'TrainingStartTime' | 'TrainingEndTime'>;

/** GetMetricData's limits: 500 queries a call; a filter Value (Search's `In` list) of 1,024 characters. */
const QUERIES_PER_CALL = 500;
const FILTER_VALUE_LIMIT = 1024;
const DAY_S = 86_400;

/** Search's `In` lists, each within a filter value's length. */
function nameLists(names: readonly string[]): string[] {
  const lists: string[] = [];
  let current = '';
  for (const name of names) {
    const next = current ? `${current},${name}` : name;
    if (next.length > FILTER_VALUE_LIMIT && current) {
      lists.push(current);
      current = name;
    } else current = next;
  }
  return current ? [...lists, current] : lists;
}

/** The jobs by name: one Search per 1,024 characters of names; described one by one where Search is refused. */
async function trainingJobs(client: SageMakerClient, names: readonly string[], signal: AbortSignal): Promise<Map<string, JobFacts>> {
  const found = new Map<string, JobFacts>();
  try {
    for (const list of nameLists([...new Set(names)])) {
      const answer = await client.send(
        new SearchCommand({
          Resource: 'TrainingJob',
          SearchExpression: { Filters: [{ Name: 'TrainingJobName', Operator: 'In', Value: list }] },
          MaxResults: 100,
        }),
        { abortSignal: signal },
      );
      for (const result of answer.Results ?? []) if (result.TrainingJob?.TrainingJobName) found.set(result.TrainingJob.TrainingJobName, result.TrainingJob);
    }
  } catch (error) {
    if (!searchIsMissing(error)) throw error;
    await mapLimited([...new Set(names)], 4, async (name) => {
      try {
        found.set(name, await client.send(new DescribeTrainingJobCommand({ TrainingJobName: name }), { abortSignal: signal }));
      } catch (failure) {
        // A job that cannot be described (deleted, denied) is named in the notice, not a failure of the chart.
        if (signal.aborted) throw failure;
      }
    });
  }
  return found;
}

/**
 * CloudWatch keeps older data at coarser periods (GetMetricData, Period): a run that started more
 * than 15 days ago is asked at 5 minutes, more than 63 days ago at an hour, or nothing comes back.
 */
function periodFor(startMs: number, nowMs: number): number {
  const ageS = (nowMs - startMs) / 1000;
  return ageS > 63 * DAY_S ? 3600 : ageS > 15 * DAY_S ? 300 : 60;
}

interface PlannedQuery {
  query: MetricDataQuery;
  run: string;
  metric: string;
  startMs: number;
  endMs: number;
}

function plan(requests: readonly SeriesRequest[], jobs: Map<string, JobFacts>, nowMs: number): PlannedQuery[] {
  return requests.flatMap((request, r) => {
    const job = jobs.get(request.trainingJob);
    if (!job) return [];
    const names = [
      ...new Set([
        ...(job.AlgorithmSpecification?.MetricDefinitions ?? []).map((m) => m.Name ?? ''),
        ...(job.FinalMetricDataList ?? []).map((m) => m.MetricName ?? ''),
      ]),
    ].filter(Boolean);
    const startMs = (job.TrainingStartTime ?? job.CreationTime ?? new Date(nowMs)).getTime();
    const endMs = job.TrainingEndTime ? job.TrainingEndTime.getTime() + 60_000 : nowMs;
    const period = periodFor(startMs, nowMs);
    return names.map((metric, m) => ({
      query: trainingMetricQuery(`r${r}m${m}`, request.trainingJob, metric, period),
      run: request.run,
      metric,
      startMs,
      endMs,
    }));
  });
}

/** One GetMetricData call (and its pages) for up to 500 queries, the window spanning all their runs. */
async function read(cloudwatch: CloudWatchClient, batch: PlannedQuery[], signal: AbortSignal): Promise<RunMetricSeries[]> {
  const byId = new Map(batch.map((planned) => [planned.query.Id ?? '', { planned, points: [] as RunMetricSeries['points'] }]));
  await readMetricData(
    cloudwatch,
    {
      queries: batch.map((p) => p.query),
      start: new Date(Math.min(...batch.map((p) => p.startMs))),
      end: new Date(Math.max(...batch.map((p) => p.endMs))),
    },
    signal,
    (result, time, value) => {
      const target = byId.get(result.Id ?? '');
      target?.points.push({ seconds: Math.max(0, Math.round((time.getTime() - target.planned.startMs) / 1000)), value });
    },
  );
  return [...byId.values()].map(({ planned, points }) => ({
    run: planned.run,
    metric: planned.metric,
    points: points.sort((a, b) => a.seconds - b.seconds),
  }));
}

/**
 * Per-step values of training runs' metrics, x = seconds since each job started, in as few
 * GetMetricData calls as its 500-query limit allows. Runs without values are named, not dropped silently.
 */
export async function runSeries(
  sagemaker: SageMakerClient,
  cloudwatch: CloudWatchClient,
  requests: readonly SeriesRequest[],
  nowMs: number,
  signal: AbortSignal,
): Promise<RunSeriesResult> {
  const jobs = await trainingJobs(sagemaker, requests.map((r) => r.trainingJob), signal);
  const planned = plan(requests, jobs, nowMs);
  const series: RunMetricSeries[] = [];
  for (let start = 0; start < planned.length; start += QUERIES_PER_CALL) {
    series.push(...(await read(cloudwatch, planned.slice(start, start + QUERIES_PER_CALL), signal)));
  }
  const withData = series.filter((s) => s.points.length > 0);
  const answered = new Set(withData.map((s) => s.run));
  const without = requests.filter((r) => !answered.has(r.run)).map((r) => r.trainingJob);
  if (without.length === 0) return { series: withData };
  return {
    series: withData,
    notice: `No per-step values in CloudWatch for ${without.join(', ')}: the job is gone, reported no metrics, or its data has expired.`,
  };
}
